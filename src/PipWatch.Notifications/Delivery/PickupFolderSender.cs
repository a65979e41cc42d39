using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using MimeKit;
using PipWatch.Notifications.Mime;

namespace PipWatch.Notifications.Delivery;

/// <summary>
/// Writes each message to <c>&lt;folder&gt;/&lt;message-id&gt;.eml</c> when no SMTP server is configured.
/// </summary>
/// <remarks>
/// The file is written to a hidden temporary name, flushed to disk, then moved to its final name without
/// overwriting, so a crash leaves either a complete .eml or none. Because the name comes from the deterministic
/// Message-Id, an .eml that already exists is the same message written before, and counts as sent.
/// The files are plain RFC 5322 messages for people and tools to open; no mail server reads this folder, so the
/// content is not dot-stuffed as an SMTP pickup directory would expect.
/// </remarks>
public sealed partial class PickupFolderSender(string folder, ILogger<PickupFolderSender> logger) : IMailSender
{
    private const int MaxNameLength = 200;

    public string Folder { get; } = Path.GetFullPath(folder);

    public async IAsyncEnumerable<DeliveryResult> SendAsync(
        IReadOnlyList<MimeMessage> messages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            var id = message.MessageId ?? "";
            DeliveryResult result;
            try
            {
                result = new DeliveryResult(id, DeliveryStatus.Sent, await WriteAsync(message, cancellationToken));
            }
            catch (UnauthorizedAccessException failure)
            {
                throw new MailConfigurationException($"Mail cannot be written to the pickup folder {Folder} (email.pickup_folder): {failure.Message}", failure);
            }
            catch (IOException failure)
            {
                Log.WriteFailed(logger, id, Folder, failure.Message);
                result = new DeliveryResult(id, DeliveryStatus.Transient, $"writing to {Folder} failed: {failure.Message}");
            }

            yield return result;
        }
    }

    /// <summary>Writes the message as an .eml (once) and returns its path.</summary>
    public async Task<string> WriteAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(message.MessageId))
        {
            throw new ArgumentException("The message has no Message-Id, which names its .eml file; build it with MimeMessageBuilder.", nameof(message));
        }

        var path = Path.Combine(Folder, FileNameFor(message.MessageId));
        if (File.Exists(path))
        {
            Log.AlreadyWritten(logger, message.MessageId, path);
            return path;
        }

        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await MimeBytes.WriteAsync(message, stream, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
                Log.Written(logger, message.MessageId, path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another writer finished the same message first; its file has the same content.
                Log.AlreadyWritten(logger, message.MessageId, path);
            }
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }

    /// <summary>The Message-Id made safe as a file name on any system: other characters become underscores.</summary>
    public static string FileNameFor(string messageId)
    {
        var name = new StringBuilder(messageId.Length);
        foreach (var character in messageId.Trim('<', '>'))
        {
            name.Append(char.IsAsciiLetterOrDigit(character) || character is '.' or '-' or '_' or '@' ? character : '_');
        }

        if (name.Length > MaxNameLength)
        {
            name.Length = MaxNameLength;
        }

        // A leading dot would hide the file, and would clash with the temporary names.
        if (name.Length == 0 || name[0] == '.')
        {
            name.Insert(0, '_');
        }

        return name.Append(".eml").ToString();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Wrote {MessageId} to {Path}")]
        public static partial void Written(ILogger logger, string messageId, string path);

        [LoggerMessage(EventId = 3202, Level = LogLevel.Debug, Message = "{MessageId} was already written to {Path}")]
        public static partial void AlreadyWritten(ILogger logger, string messageId, string path);

        [LoggerMessage(EventId = 3203, Level = LogLevel.Warning, Message = "Writing {MessageId} to {Folder} failed: {Reason}")]
        public static partial void WriteFailed(ILogger logger, string messageId, string folder, string reason);
    }
}
