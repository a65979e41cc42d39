using System.Globalization;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Templates;
using PipWatch.Storage.Notifications;

namespace PipWatch.Tests.Pipeline.Support;

/// <summary>Outbox rows with real MIME built the way the pipeline builds it (deterministic Message-Id from the key).</summary>
public static class OutboxSeed
{
    private static readonly MimeMessageBuilder Builder = new(TimeProvider.System);

    public static NewNotification Note(int number, params string[] recipients)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"test-note:{number:D4}");
        var subject = string.Create(CultureInfo.InvariantCulture, $"Test note {number}");
        var text = string.Create(CultureInfo.InvariantCulture, $"This is test note number {number}.");
        using var message = Builder.Build(new OutgoingEmail(
            key,
            new EmailAddress("pipwatch@acme.example", "PipWatch"),
            [.. recipients.Select(r => new EmailAddress(r))],
            subject,
            new RenderedEmail($"<p>{text}</p>", text)));
        return new NewNotification(key, "test_note", null, recipients, subject, message.MessageId!, MimeBytes.Serialize(message), null, text, null);
    }

    /// <summary>Stores <paramref name="count"/> notes to one recipient each; returns their Message-Ids.</summary>
    public static async Task<IReadOnlyList<string>> EnqueueAsync(
        NotificationOutbox outbox, int count, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = new List<string>(count);
        for (var number = 1; number <= count; number++)
        {
            var note = Note(number, string.Create(CultureInfo.InvariantCulture, $"reader{number:D4}@acme.example"));
            (await outbox.EnqueueAsync(note, now, cancellationToken)).ShouldBeTrue();
            ids.Add(note.MessageId);
        }

        return ids;
    }
}
