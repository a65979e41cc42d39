using System.Text.RegularExpressions;
using PipWatch.Pipeline;
using PipWatch.Testing;

namespace PipWatch.Tests.Pipeline.Support;

/// <summary>Reading what the SMTP test server received.</summary>
public static partial class Mail
{
    /// <summary>The kind PipWatch stamps on every message (manager_digest, rep_kickoff, ...).</summary>
    public static string Kind(this ReceivedMessage received) => received.Message.Headers[RenderedHeaders.Kind] ?? "";

    public static string MessageId(this ReceivedMessage received) => received.Message.MessageId ?? "";

    /// <summary>The plain-text part with its line wrapping undone (every run of white space becomes one space).</summary>
    public static string Text(this ReceivedMessage received) => Whitespace().Replace(received.Message.TextBody ?? "", " ");

    /// <summary>Messages that arrived after the first <paramref name="skip"/>, in arrival order.</summary>
    public static IReadOnlyList<ReceivedMessage> Since(this SmtpTestServer server, int skip) => [.. server.Messages.Skip(skip)];

    /// <summary>One line per message (kind → envelope recipients), for assertion messages.</summary>
    public static string Describe(this IEnumerable<ReceivedMessage> messages) =>
        string.Join("; ", messages.Select(m => $"{m.Kind()} → {string.Join(',', m.EnvelopeTo)}"));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
