using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using PipWatch.Core.Plans;
using PipWatch.Storage.Audit;

namespace PipWatch.Pipeline;

/// <summary>
/// Keeps the plan's paper trail: each version of a PIP file the worker runs on (by content hash) and each amendment
/// the first time it appears, in the audit log. A file is hashed every cycle, but the database is only asked when
/// the hash differs from the last one this process recorded, and only one replica records a given change.
/// </summary>
public sealed partial class PlanFileAudit(AuditLog audit, TimeProvider time, ILogger<PlanFileAudit> logger)
{
    private readonly ConcurrentDictionary<string, string> _recorded = new(StringComparer.Ordinal);

    /// <returns>How many plan file versions were newly recorded.</returns>
    public async Task<int> RecordAsync(IReadOnlyList<Pip> pips, CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var pip in pips)
        {
            if (pip.SourceFile.Length == 0 || await HashAsync(pip.SourceFile, cancellationToken) is not { } hash)
            {
                continue;
            }

            if (_recorded.TryGetValue(pip.Id, out var last) && last == hash)
            {
                continue;
            }

            var now = time.GetUtcNow();
            var seen = (await audit.GetByPipAsync(pip.Id, cancellationToken))
                .Where(e => e.Kind == AuditKinds.AmendmentSeen)
                .Select(e => AmendmentKey(e.DetailsJson))
                .ToHashSet(StringComparer.Ordinal);
            var amendments = pip.Amendments
                .Select(a => AmendmentDetails.From(a))
                .Where(d => !seen.Contains(d.Key))
                .Select(d => new AuditEvent(now, AuditKinds.AmendmentSeen, pip.Id, JsonSerializer.Serialize(d)))
                .ToList();
            if (await audit.RecordPipFileAsync(pip.Id, hash, now, JsonSerializer.Serialize(FileDetails.From(pip, hash)), amendments, cancellationToken))
            {
                recorded++;
                Log.VersionRecorded(logger, pip.Id, hash[..12], amendments.Count);
            }

            _recorded[pip.Id] = hash;
        }

        return recorded;
    }

    private async Task<string?> HashAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            return Convert.ToHexStringLower(SHA256.HashData(bytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The file moved or is being rewritten; the next cycle records the version it settles on.
            Log.Unreadable(logger, path, ex.Message);
            return null;
        }
    }

    private static string AmendmentKey(string? json)
    {
        if (json is null)
        {
            return "";
        }

        try
        {
            return JsonSerializer.Deserialize<AmendmentDetails>(json)?.Key ?? "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    /// <summary>What a plan file version looked like when it was first seen.</summary>
    private sealed record FileDetails(string File, string Sha256, string Start, string End, int Targets, int Amendments, string? Decision)
    {
        public static FileDetails From(Pip pip, string hash) => new(
            Path.GetFileName(pip.SourceFile),
            hash,
            pip.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            pip.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            pip.Targets.Count,
            pip.Amendments.Count,
            pip.Decision);
    }

    /// <summary>An amendment as the audit log keeps it; the key (date and reason) tells a new amendment from a known one.</summary>
    private sealed record AmendmentDetails(string Effective, string Reason, string? NewEnd, string[] GoalChanges, string[] AddedTargets, string[] DroppedTargets)
    {
        [JsonIgnore]
        public string Key => $"{Effective}|{Reason}";

        public static AmendmentDetails From(Amendment amendment) => new(
            amendment.EffectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            amendment.Reason,
            amendment.NewEndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [.. amendment.GoalChanges.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.TargetId} → {c.NewGoal}"))],
            [.. amendment.AddedTargets.Select(t => t.Id)],
            [.. amendment.DroppedTargetIds]);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Recorded a new version of the plan file of {PipId} ({Hash}) with {Amendments} new amendments")]
        public static partial void VersionRecorded(ILogger logger, string pipId, string hash, int amendments);

        [LoggerMessage(2, LogLevel.Warning, "Could not read plan file {Path} to record its version: {Reason}")]
        public static partial void Unreadable(ILogger logger, string path, string reason);
    }
}
