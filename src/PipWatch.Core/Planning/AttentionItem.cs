using System.Text.Json.Serialization;
using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

/// <summary>Something a manager should act on or know, shown with the plan in a digest.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<AttentionItem>))]
public enum AttentionItem
{
    /// <summary>The plan has not been evaluated yet.</summary>
    NoDataYet,

    /// <summary>Some figures rest on data older than the stale age; they are shown with their "as of" time.</summary>
    StaleData,

    /// <summary>The rep is deactivated in Salesforce and gets no mail.</summary>
    RepInactive,

    /// <summary>The rep has no email address and gets no mail.</summary>
    RepWithoutEmail,

    /// <summary>A check-in is due today (the first working day after the start, then every cadence of working days).</summary>
    CheckInDue,

    /// <summary>No more working days left than the ending-soon notice.</summary>
    EndingSoon,

    /// <summary>The plan has ended and no decision is recorded in its file.</summary>
    DecisionDue,
}
