using MimeKit;

namespace PipWatch.Testing;

/// <summary>A message the test SMTP server accepted, with the envelope as the client sent it.</summary>
public sealed record ReceivedMessage(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message);
