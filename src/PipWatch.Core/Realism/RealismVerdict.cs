using System.Text.Json.Serialization;
using PipWatch.Core.Evaluation;

namespace PipWatch.Core.Realism;

[JsonConverter(typeof(SnakeCaseEnumConverter<RealismVerdict>))]
public enum RealismVerdict
{
    /// <summary>The goal lies between the peers' 25th and 75th percentiles.</summary>
    InLine,

    /// <summary>The goal is above the peers' 75th percentile.</summary>
    AboveUpperQuartile,

    /// <summary>The goal is below the peers' 25th percentile.</summary>
    BelowLowerQuartile,

    /// <summary>Too few peers to judge; figures are given when there is at least one.</summary>
    TooFewPeers,

    /// <summary>No peer has data for the metric.</summary>
    NoPeers,
}
