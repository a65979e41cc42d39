using MimeKit;

namespace PipWatch.Notifications.Mime;

/// <summary>
/// Turns a message into the exact bytes the outbox stores and sends, and back. Uses WriteTo with CRLF line ends:
/// MimeMessage.ToString is meant for debugging and is not a faithful serialisation.
/// </summary>
public static class MimeBytes
{
    private static readonly FormatOptions Format = CreateFormat();

    public static byte[] Serialize(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(Format, stream);
        return stream.ToArray();
    }

    public static async Task WriteAsync(MimeMessage message, Stream destination, CancellationToken cancellationToken) =>
        await message.WriteToAsync(Format, destination, cancellationToken);

    public static MimeMessage Parse(ReadOnlyMemory<byte> bytes)
    {
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        return MimeMessage.Load(stream);
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
