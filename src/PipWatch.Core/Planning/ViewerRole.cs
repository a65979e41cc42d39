using System.Text.Json.Serialization;
using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

/// <summary>Why a plan appears in someone's digest.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ViewerRole>))]
public enum ViewerRole
{
    /// <summary>They manage the rep (Salesforce manager or the plan file's override).</summary>
    Manager,

    /// <summary>The plan names them as a watcher (e.g. an HR partner): they see that plan only.</summary>
    Watcher,
}
