namespace PipWatch.Notifications.Content;

/// <summary>A builder's result: the model the templates render and the subject line.</summary>
internal sealed record ContentDraft(object Model, string Subject);
