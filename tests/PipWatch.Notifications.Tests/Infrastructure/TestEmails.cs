using Microsoft.Extensions.Time.Testing;
using MimeKit;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Tests.Infrastructure;

/// <summary>Builds realistic outbox messages for delivery tests.</summary>
public static class TestEmails
{
    public static readonly DateTimeOffset Now = new(2025, 3, 4, 7, 0, 0, TimeSpan.Zero);

    public static OutgoingEmail Outgoing(string key, params string[] to) => new(
        key,
        new EmailAddress("pipwatch@acme.example", "PipWatch"),
        [.. to.Select(address => new EmailAddress(address))],
        $"Digest {key}",
        new RenderedEmail($"<p>Body of {key}</p>", $"Body of {key}"));

    public static MimeMessage Message(string key, params string[] to) =>
        new MimeMessageBuilder(new FakeTimeProvider(Now)).Build(Outgoing(key, to));

    public static List<MimeMessage> Batch(params (string Key, string To)[] messages) =>
        [.. messages.Select(message => Message(message.Key, message.To))];
}
