using PipWatch.Core.Planning;
using PipWatch.Storage.Notifications;

namespace PipWatch.Pipeline;

/// <summary>A notification a planning run stored in the outbox: what the planner decided, and the row as rendered.</summary>
public sealed record CreatedNotification(PlannedNotification Planned, NewNotification Stored);
