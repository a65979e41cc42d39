namespace PipWatch.Notifications.Mime;

/// <summary>
/// A PNG shown inside the HTML body. The HTML refers to it as <c>cid:{ContentId}</c>; its alt text lives on the
/// img tag in the HTML, which is what clients that block images show instead.
/// </summary>
public sealed record InlineImage(string ContentId, ReadOnlyMemory<byte> Png, string FileName);
