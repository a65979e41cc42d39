using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Testing;
using MimeKit;
using PipWatch.Configuration.Settings;
using PipWatch.Notifications.Delivery;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Tests.Infrastructure;
using PipWatch.Testing;
using SmtpServer.Protocol;

namespace PipWatch.Notifications.Tests.Delivery;

public sealed class SmtpMailSenderTests : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly SmtpTestServer _server = SmtpTestServer.Start();
    private readonly FakeLogger<SmtpMailSender> _logger = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_Batch_Of_Three_Arrives_Over_One_Connection()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var batch = TestEmails.Batch(("k1", "dana@acme.example"), ("k2", "lee@acme.example"), ("k3", "sam@corp.example"));

        // Act
        var results = await SendAsync(Sender(_server.Port), batch, cancellationToken);

        // Assert
        results.Select(result => result.Status).ShouldBe([DeliveryStatus.Sent, DeliveryStatus.Sent, DeliveryStatus.Sent]);
        results.Select(result => result.MessageId).ShouldBe(batch.Select(message => message.MessageId));
        results.ShouldAllBe(result => result.Detail.Length > 0 && result.RefusedRecipients.Count == 0);
        var received = await _server.WaitForMessagesAsync(3, Wait, cancellationToken);
        received.Select(message => message.EnvelopeTo.Single()).Order().ShouldBe(["dana@acme.example", "lee@acme.example", "sam@corp.example"]);
        Events(3102).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_Server_Sees_The_Deterministic_Message_Id()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var expected = MessageIds.FromIdempotencyKey("digest:005A:2025-03-04", "pipwatch@acme.example");

        // Act
        await SendAsync(Sender(_server.Port), [TestEmails.Message("digest:005A:2025-03-04", "dana@acme.example")], cancellationToken);

        // Assert
        var received = (await _server.WaitForMessagesAsync(1, Wait, cancellationToken)).ShouldHaveSingleItem();
        received.Message.MessageId.ShouldBe(expected);
        received.EnvelopeFrom.ShouldBe("pipwatch@acme.example");
    }

    [Fact]
    public async Task A_Refused_Recipient_Fails_Only_That_Message()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        _server.RecipientFilter = address => address != "gone@acme.example";
        var batch = TestEmails.Batch(("k1", "dana@acme.example"), ("k2", "gone@acme.example"), ("k3", "lee@acme.example"));

        // Act
        var results = await SendAsync(Sender(_server.Port), batch, cancellationToken);

        // Assert
        results.Select(result => result.Status).ShouldBe([DeliveryStatus.Sent, DeliveryStatus.Permanent, DeliveryStatus.Sent]);
        results[1].Detail.ShouldContain("550");
        results[1].Detail.ShouldNotContain("gone@");
        (await _server.WaitForMessagesAsync(2, Wait, cancellationToken)).Select(message => message.EnvelopeTo.Single())
            .Order().ShouldBe(["dana@acme.example", "lee@acme.example"]);
        Events(3102).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_Partly_Refused_Message_Goes_To_The_Others_And_Lists_The_Refusal()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        _server.RecipientFilter = address => address != "gone@acme.example";
        var message = TestEmails.Message("k1", "dana@acme.example", "gone@acme.example");

        // Act
        var result = (await SendAsync(Sender(_server.Port), [message], cancellationToken)).ShouldHaveSingleItem();

        // Assert
        result.Status.ShouldBe(DeliveryStatus.Sent);
        var refused = result.RefusedRecipients.ShouldHaveSingleItem();
        refused.Address.ShouldBe("gone@acme.example");
        refused.StatusCode.ShouldBe(550);
        (await _server.WaitForMessagesAsync(1, Wait, cancellationToken)).ShouldHaveSingleItem().EnvelopeTo.ShouldBe(["dana@acme.example"]);
    }

    [Fact]
    public async Task A_421_Reply_To_Data_Is_Transient_And_The_Next_Message_Reconnects()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var batch = TestEmails.Batch(("k1", "dana@acme.example"), ("k2", "lee@acme.example"), ("k3", "sam@acme.example"));
        var busy = batch[0].MessageId;
        _server.DataReply = message => message.MessageId == busy
            ? new SmtpResponse((SmtpReplyCode)421, "4.3.2 Service shutting down, try later")
            : null;

        // Act
        var results = await SendAsync(Sender(_server.Port), batch, cancellationToken);

        // Assert
        results.Select(result => result.Status).ShouldBe([DeliveryStatus.Transient, DeliveryStatus.Sent, DeliveryStatus.Sent]);
        results[0].Detail.ShouldContain("421");
        (await _server.WaitForMessagesAsync(2, Wait, cancellationToken)).Count.ShouldBe(2);
        Events(3102).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_Connection_Lost_After_The_Content_Is_Unknown_And_The_Next_Message_Reconnects()
    {
        // Arrange: the server takes the first message's content, then hangs up before replying.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = new ScriptedSmtpServer(index => index == 0 ? ScriptedSmtpServer.Drop.AfterContent : ScriptedSmtpServer.Drop.Never);
        var batch = TestEmails.Batch(("k1", "dana@acme.example"), ("k2", "lee@acme.example"));

        // Act
        var results = await SendAsync(Sender(server.Port), batch, cancellationToken);

        // Assert
        results.Select(result => result.Status).ShouldBe([DeliveryStatus.Unknown, DeliveryStatus.Sent]);
        results[0].Detail.ShouldContain("may have it");
        server.Received.Count.ShouldBe(2);
        server.Sessions.ShouldBe(2);
    }

    [Fact]
    public async Task A_Connection_Lost_Before_Any_Recipient_Is_Transient()
    {
        // Arrange: the server hangs up at the first message's MAIL FROM.
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = new ScriptedSmtpServer(index => index == 0 ? ScriptedSmtpServer.Drop.AtMailFrom : ScriptedSmtpServer.Drop.Never);
        var batch = TestEmails.Batch(("k1", "dana@acme.example"), ("k2", "lee@acme.example"));

        // Act
        var results = await SendAsync(Sender(server.Port), batch, cancellationToken);

        // Assert
        results.Select(result => result.Status).ShouldBe([DeliveryStatus.Transient, DeliveryStatus.Sent]);
        server.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_5xx_Reply_To_Data_Is_Permanent()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        _server.DataReply = _ => new SmtpResponse((SmtpReplyCode)554, "5.6.0 Content rejected");

        // Act
        var result = (await SendAsync(Sender(_server.Port), [TestEmails.Message("k1", "dana@acme.example")], cancellationToken)).ShouldHaveSingleItem();

        // Assert
        result.Status.ShouldBe(DeliveryStatus.Permanent);
        result.Detail.ShouldContain("554");
    }

    [Fact]
    public async Task An_Unreachable_Server_Makes_Every_Message_Transient()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var batch = TestEmails.Batch(("k1", "dana@acme.example"), ("k2", "lee@acme.example"), ("k3", "sam@acme.example"));

        // Act
        var results = await SendAsync(Sender(ClosedPort()), batch, cancellationToken);

        // Assert
        results.Select(result => result.Status).ShouldBe([DeliveryStatus.Transient, DeliveryStatus.Transient, DeliveryStatus.Transient]);
        results.ShouldAllBe(result => result.Detail.Contains("while connecting"));
        Events(3106).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Starttls_Against_A_Server_Without_It_Is_A_Configuration_Error()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var sender = Sender(_server.Port, SmtpSecurity.StartTls);

        // Act
        var failure = await Should.ThrowAsync<MailConfigurationException>(
            () => SendAsync(sender, [TestEmails.Message("k1", "dana@acme.example")], cancellationToken));

        // Assert
        failure.Message.ShouldContain($"127.0.0.1:{_server.Port}");
        failure.Message.ShouldContain("STARTTLS", Case.Insensitive);
        _server.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Good_Credentials_Authenticate_And_Send()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = new AuthenticatingSmtpServer("pipwatch", "s3cret");
        var sender = Sender(server.Port, username: "pipwatch", password: "s3cret");

        // Act
        var result = (await SendAsync(sender, [TestEmails.Message("k1", "dana@acme.example")], cancellationToken)).ShouldHaveSingleItem();

        // Assert
        result.Status.ShouldBe(DeliveryStatus.Sent);
    }

    [Fact]
    public async Task Refused_Credentials_Are_A_Configuration_Error_For_The_Whole_Batch()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = new AuthenticatingSmtpServer("pipwatch", "s3cret");
        var sender = Sender(server.Port, username: "pipwatch", password: "wrong-password");
        var batch = TestEmails.Batch(("k1", "dana@acme.example"), ("k2", "lee@acme.example"));
        var results = new List<DeliveryResult>();

        // Act
        var failure = await Should.ThrowAsync<MailConfigurationException>(async () =>
        {
            await foreach (var result in sender.SendAsync(batch, cancellationToken))
            {
                results.Add(result);
            }
        });

        // Assert
        results.ShouldBeEmpty();
        failure.Message.ShouldContain("credentials");
        failure.Message.ShouldNotContain("wrong-password");
        _logger.Collector.GetSnapshot().ShouldNotContain(record => record.Message.Contains("wrong-password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Server_Without_Auth_When_A_Username_Is_Set_Is_A_Configuration_Error()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var sender = Sender(_server.Port, username: "pipwatch", password: "s3cret");

        // Act and assert
        await Should.ThrowAsync<MailConfigurationException>(
            () => SendAsync(sender, [TestEmails.Message("k1", "dana@acme.example")], cancellationToken));
    }

    [Fact]
    public async Task Logs_Name_Domains_And_Counts_Never_People_Or_Content()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        _server.RecipientFilter = address => address != "gone@corp.example";
        var batch = TestEmails.Batch(("k1", "dana.whitfield@acme.example"), ("k2", "gone@corp.example"));

        // Act
        await SendAsync(Sender(_server.Port), batch, cancellationToken);

        // Assert
        var messages = _logger.Collector.GetSnapshot().Select(record => record.Message).ToList();
        messages.ShouldContain(message => message.Contains("acme.example", StringComparison.Ordinal));
        messages.ShouldContain(message => message.Contains("550", StringComparison.Ordinal));
        messages.ShouldAllBe(message => !message.Contains("dana.whitfield") && !message.Contains("gone@") && !message.Contains("Body of") && !message.Contains("Digest k"));
    }

    [Fact]
    public async Task An_Empty_Batch_Does_Not_Connect()
    {
        // Act
        var results = await SendAsync(Sender(ClosedPort()), [], TestContext.Current.CancellationToken);

        // Assert
        results.ShouldBeEmpty();
        _logger.Collector.Count.ShouldBe(0);
    }

    [Fact]
    public async Task A_Message_Without_A_Message_Id_Is_Refused_Before_Connecting()
    {
        // Arrange
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("pipwatch@acme.example"));
        message.To.Add(MailboxAddress.Parse("dana@acme.example"));
        message.Headers.Remove(HeaderId.MessageId);

        // Act
        var failure = await Should.ThrowAsync<ArgumentException>(
            () => SendAsync(Sender(_server.Port), [message], TestContext.Current.CancellationToken));

        // Assert
        failure.Message.ShouldContain("Message-Id");
        Events(3102).ShouldBeEmpty();
    }

    [Fact]
    public async Task Cancellation_Stops_The_Batch()
    {
        // Arrange
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        // Act and assert
        await Should.ThrowAsync<OperationCanceledException>(
            () => SendAsync(Sender(_server.Port), [TestEmails.Message("k1", "dana@acme.example")], cancelled.Token));
        _server.Messages.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", 587, null, null, "email.smtp.host")]
    [InlineData("mail.acme.example", 0, null, null, "email.smtp.port")]
    [InlineData("mail.acme.example", 587, "pipwatch", "", "password")]
    public void Impossible_Settings_Are_Refused_With_The_Setting_Named(string host, int port, string? username, string? password, string expected)
    {
        // Arrange
        var settings = new SmtpSettings { Host = host, Port = port, Username = username };

        // Act
        var failure = Should.Throw<MailConfigurationException>(() => new SmtpMailSender(settings, password, _logger));

        // Assert
        failure.Message.ShouldContain(expected);
    }

    private static async Task<List<DeliveryResult>> SendAsync(SmtpMailSender sender, IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        var results = new List<DeliveryResult>();
        await foreach (var result in sender.SendAsync(messages, cancellationToken))
        {
            results.Add(result);
        }

        return results;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private SmtpMailSender Sender(int port, SmtpSecurity security = SmtpSecurity.None, string? username = null, string? password = null) =>
        new(
            new SmtpSettings { Host = SmtpTestServer.Host, Port = port, Security = security, Username = username, Timeout = TimeSpan.FromSeconds(10) },
            password,
            _logger);

    private List<FakeLogRecord> Events(int eventId) =>
        [.. _logger.Collector.GetSnapshot().Where(record => record.Id.Id == eventId)];
}
