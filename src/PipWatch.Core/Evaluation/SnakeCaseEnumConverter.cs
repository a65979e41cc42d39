using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipWatch.Core.Evaluation;

/// <summary>Writes enum values as their machine-readable snake_case keys (on_track, pace_below), the same keys <see cref="StatusKeys"/> gives.</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
