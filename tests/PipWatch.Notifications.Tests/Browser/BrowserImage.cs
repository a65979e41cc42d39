namespace PipWatch.Notifications.Tests.Browser;

/// <summary>One img element as the browser saw it; <see cref="Source"/> names data URIs by type and size only.</summary>
public sealed record BrowserImage(string Source, string Alt, bool Loaded, int NaturalWidth);
