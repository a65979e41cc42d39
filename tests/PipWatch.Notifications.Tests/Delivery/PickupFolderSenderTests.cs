using Microsoft.Extensions.Logging.Testing;
using MimeKit;
using PipWatch.Notifications.Delivery;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Tests.Infrastructure;

namespace PipWatch.Notifications.Tests.Delivery;

public sealed class PickupFolderSenderTests : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly FakeLogger<PickupFolderSender> _logger = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task WriteAsync_Writes_A_Complete_Eml_Named_After_The_Message_Id()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var folder = _root.Combine("out", "mail");
        using var message = TestEmails.Message("digest:005A:2025-03-04", "dana@acme.example");

        // Act
        var path = await new PickupFolderSender(folder, _logger).WriteAsync(message, cancellationToken);

        // Assert
        path.ShouldBe(Path.Combine(folder, $"{message.MessageId}.eml"));
        (await File.ReadAllBytesAsync(path, cancellationToken)).ShouldBe(MimeBytes.Serialize(message));
        using var parsed = await MimeMessage.LoadAsync(path, cancellationToken);
        parsed.MessageId.ShouldBe(message.MessageId);
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ShouldBe([path]);
    }

    [Fact]
    public async Task Writing_The_Same_Message_Again_Keeps_The_First_File()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var sender = new PickupFolderSender(_root.Path, _logger);
        using var first = TestEmails.Message("celebration:005A:calls-50", "dana@acme.example");
        var path = await sender.WriteAsync(first, cancellationToken);
        var written = File.GetLastWriteTimeUtc(path);
        var original = await File.ReadAllBytesAsync(path, cancellationToken);

        // Act: the same outbox entry, rebuilt later, is delivered again.
        using var again = TestEmails.Message("celebration:005A:calls-50", "dana@acme.example");
        again.Subject = "rebuilt";
        var results = new List<DeliveryResult>();
        await foreach (var result in sender.SendAsync([again], cancellationToken))
        {
            results.Add(result);
        }

        // Assert
        var only = results.ShouldHaveSingleItem();
        only.Status.ShouldBe(DeliveryStatus.Sent);
        only.Detail.ShouldBe(path);
        (await File.ReadAllBytesAsync(path, cancellationToken)).ShouldBe(original);
        File.GetLastWriteTimeUtc(path).ShouldBe(written);
        Directory.GetFiles(_root.Path).ShouldBe([path]);
    }

    [Fact]
    public async Task Concurrent_Writers_Of_One_Message_Leave_One_Complete_File()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var sender = new PickupFolderSender(_root.Path, _logger);
        var messages = Enumerable.Range(0, 8).Select(_ => TestEmails.Message("digest:005A:2025-03-04", "dana@acme.example")).ToList();

        // Act
        var paths = await Task.WhenAll(messages.Select(message => Task.Run(() => sender.WriteAsync(message, cancellationToken), cancellationToken)));

        // Assert
        paths.Distinct().ShouldHaveSingleItem();
        Directory.GetFiles(_root.Path).ShouldBe([paths[0]]);
        (await File.ReadAllBytesAsync(paths[0], cancellationToken)).ShouldBe(MimeBytes.Serialize(messages[0]));
        messages.ForEach(message => message.Dispose());
    }

    [Fact]
    public async Task A_Failed_Write_Leaves_No_Partial_File()
    {
        // Arrange: the message's content throws halfway through serialisation.
        var cancellationToken = TestContext.Current.CancellationToken;
        using var message = TestEmails.Message("k1", "dana@acme.example");
        var body = new TextPart("plain") { Content = new MimeContent(new FailingStream()) };
        message.Body = body;

        // Act
        await Should.ThrowAsync<IOException>(() => new PickupFolderSender(_root.Path, _logger).WriteAsync(message, cancellationToken));

        // Assert
        Directory.GetFiles(_root.Path).ShouldBeEmpty();
    }

    [Fact]
    public async Task SendAsync_Reports_Each_Message_As_Sent_With_Its_Path()
    {
        // Arrange
        var cancellationToken = TestContext.Current.CancellationToken;
        var batch = TestEmails.Batch(("k1", "dana@acme.example"), ("k2", "lee@acme.example"));
        var results = new List<DeliveryResult>();

        // Act
        await foreach (var result in new PickupFolderSender(_root.Path, _logger).SendAsync(batch, cancellationToken))
        {
            results.Add(result);
        }

        // Assert
        results.Select(result => result.Status).ShouldBe([DeliveryStatus.Sent, DeliveryStatus.Sent]);
        results.Select(result => result.MessageId).ShouldBe(batch.Select(message => message.MessageId));
        results.ShouldAllBe(result => File.Exists(result.Detail));
    }

    [Theory]
    [InlineData("3f2a9c@acme.example", "3f2a9c@acme.example.eml")]
    [InlineData("<a/b\\c:d*e?@acme.example>", "a_b_c_d_e_@acme.example.eml")]
    [InlineData("../../etc/passwd", "_.._.._etc_passwd.eml")]
    [InlineData("", "_.eml")]
    public void FileNameFor_Makes_A_Safe_Name(string messageId, string expected)
    {
        // Act and assert
        PickupFolderSender.FileNameFor(messageId).ShouldBe(expected);
    }

    /// <summary>A seekable stream (as MimeKit requires) that fails after its first block, like a disk going away.</summary>
    private sealed class FailingStream : Stream
    {
        private const int Size = 100_000;

        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => Size;

        public override long Position
        {
            get => _position;
            set => _position = value;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position > 0)
            {
                throw new IOException("disk went away");
            }

            var read = Math.Min(count, 4096);
            Array.Fill(buffer, (byte)'a', offset, read);
            _position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => Size + offset,
        };

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
