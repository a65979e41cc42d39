namespace PipWatch.Notifications.Templates.Example;

public sealed record ExampleTarget(string Label, decimal Actual, decimal Goal);
