using System.Text.Json.Serialization;
using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Planning;

/// <summary>Why a plan's manager cannot be written to.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<OpsProblem>))]
public enum OpsProblem
{
    /// <summary>No manager could be found (no Salesforce manager, or the file's override matched nobody).</summary>
    ManagerUnresolved,

    /// <summary>The manager's Salesforce user has no email address.</summary>
    ManagerWithoutEmail,

    /// <summary>The manager's Salesforce user is deactivated.</summary>
    ManagerInactive,
}
