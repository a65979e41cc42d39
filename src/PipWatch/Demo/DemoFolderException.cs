namespace PipWatch.Demo;

/// <summary>The demo's output folder cannot be used.</summary>
public sealed class DemoFolderException(string message) : Exception(message);
