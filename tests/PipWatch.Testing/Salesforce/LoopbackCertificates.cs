using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PipWatch.Testing.Salesforce;

/// <summary>
/// A throwaway certificate authority and a server certificate for 127.0.0.1 signed by it, so the fake Salesforce can
/// serve HTTPS to a child pipwatch process. The child trusts the authority through <c>SSL_CERT_FILE</c> (OpenSSL's
/// trust-store override, which .NET honours on Linux), so nothing is installed on the machine.
/// </summary>
public sealed class LoopbackCertificates : IDisposable
{
    private LoopbackCertificates(X509Certificate2 authority, X509Certificate2 server, string authorityPemPath)
    {
        Authority = authority;
        Server = server;
        AuthorityPemPath = authorityPemPath;
    }

    public X509Certificate2 Authority { get; }

    /// <summary>The server certificate with its private key, valid for 127.0.0.1 and localhost.</summary>
    public X509Certificate2 Server { get; }

    /// <summary>The authority's certificate as a PEM file: the value for a child process's <c>SSL_CERT_FILE</c>.</summary>
    public string AuthorityPemPath { get; }

    /// <param name="directory">Where the authority's PEM file is written.</param>
    public static LoopbackCertificates Create(string directory)
    {
        var now = TimeProvider.System.GetUtcNow();
        using var authorityKey = RSA.Create(2048);
        var authorityRequest = new CertificateRequest("CN=PipWatch test authority", authorityKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        authorityRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(authorityRequest.PublicKey, false));
        var authority = authorityRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(2));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var signed = serverRequest.Create(authority, now.AddDays(-1), now.AddDays(1), serial);
        var server = signed.CopyWithPrivateKey(serverKey);

        var path = Path.Combine(directory, "test-authority.pem");
        File.WriteAllText(path, authority.ExportCertificatePem());
        return new LoopbackCertificates(authority, server, path);
    }

    public void Dispose()
    {
        Server.Dispose();
        Authority.Dispose();
    }
}
