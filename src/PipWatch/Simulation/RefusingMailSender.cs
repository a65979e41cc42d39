using MimeKit;
using PipWatch.Notifications.Delivery;

namespace PipWatch.Simulation;

/// <summary>The simulation's mail sender: it never delivers, so even a mistaken delivery step could not send a message.</summary>
public sealed class RefusingMailSender : IMailSender
{
    public IAsyncEnumerable<DeliveryResult> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A simulation never sends mail.");
}
