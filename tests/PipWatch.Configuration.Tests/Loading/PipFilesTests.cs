using PipWatch.Configuration.Loading;
using PipWatch.Configuration.Tests.Infrastructure;

namespace PipWatch.Configuration.Tests.Loading;

public sealed class PipFilesTests
{
    private static readonly Dictionary<string, string?> s_noEnvironment = [];

    private static string Plan(string id, string rep, string start, string end, string extra = "") =>
        $"id: {id}\nrep: {rep}\nstart: {start}\nend: {end}\ntargets:\n  - metric: calls\n    weekly: 50\n{extra}";

    [Fact]
    public async Task One_Invalid_File_Is_Skipped_While_The_Others_Load()
    {
        // Arrange
        using var dir = TempConfigDirectory.WithValidBase();
        dir.Write("pips/b-plan.yaml", Plan("b-plan", "005Hs00000Bb1bBIAR", "2026-10-05", "2026-12-11"));
        var broken = dir.Write("pips/c-plan.yaml", Plan("c-plan", "005Hs00000Cc1cCIAR", "2026-10-05", "2026-12-11").Replace("weekly: 50", "weekly: 0", StringComparison.Ordinal));
        dir.Write("pips/d-plan.yaml", Plan("d-plan", "005Hs00000Dd1dDIAR", "2026-10-05", "2026-12-11"));

        // Act
        var loaded = ConfigurationLoader.Load(dir.Path, s_noEnvironment);
        var run = await CliRun.ValidateAsync(dir.Path);

        // Assert
        loaded.SettingsValid.ShouldBeTrue();
        loaded.Pips.Select(p => p.Id).ShouldBe(["b-plan", "base-plan", "d-plan"]);
        loaded.PipFiles.Single(f => f.Path == broken).Pip.ShouldBeNull();
        run.ExitCode.ShouldBe(2);
        run.OutputLines.ShouldBe([
            $"{broken}:7: targets[1].weekly: a weekly goal must be above zero, not 0: drop the target if there is nothing to reach",
            "pipwatch.yaml valid; 3 PIP files valid, 1 invalid",
        ]);
    }

    [Fact]
    public void Duplicate_Ids_Name_Both_Files_And_Skip_Both()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var first = dir.Write("pips/a.yaml", Plan("shared-id", "005Hs00000Bb1bBIAR", "2026-10-05", "2026-12-11"));
        var second = dir.Write("pips/b.yaml", Plan("Shared-Id", "005Hs00000Cc1cCIAR", "2026-10-05", "2026-12-11"));

        var loaded = ConfigurationLoader.Load(dir.Path, s_noEnvironment);

        loaded.Pips.Select(p => p.Id).ShouldBe(["base-plan"]);
        loaded.PipFiles.Single(f => f.Path == first).Problems.ShouldHaveSingleItem().ToString()
            .ShouldBe($"{first}:1: id: the id 'shared-id' is also used in {second}:1; plan ids must be unique, so both files are skipped until one is renamed");
        loaded.PipFiles.Single(f => f.Path == second).Problems.ShouldHaveSingleItem().ToString()
            .ShouldContain($"is also used in {first}:1");
    }

    [Fact]
    public void Overlapping_Active_Plans_For_One_Rep_Name_Both_Files()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        // The 15-character form of the base plan's rep Id is the same user.
        var later = dir.Write("pips/rerun.yaml", Plan("rerun", "005Hs00000Ae7kQ", "2026-12-07", "2027-02-26"));

        var loaded = ConfigurationLoader.Load(dir.Path, s_noEnvironment);

        loaded.Pips.ShouldBeEmpty();
        loaded.PipFiles.Single(f => f.Path == later).Problems.ShouldHaveSingleItem().ToString().ShouldBe(
            $"{later}:2: rep: this plan (2026-12-07 to 2027-02-26) overlaps plan 'base-plan' (2026-10-05 to 2026-12-11) in {dir.FileOf("pips/base-plan.yaml")}:2 for the same rep; " +
            "a rep has one active plan at a time: record a decision on the earlier one or move the dates (both files are skipped until then)");
    }

    [Fact]
    public void Overlap_Counts_An_Amended_End_Date()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        dir.Write("pips/base-plan.yaml", Plan("base-plan", "005Hs00000Ae7kQIAR", "2026-10-05", "2026-12-11",
            "amendments:\n  - effective: 2026-12-01\n    reason: Extended after sick leave\n    end: 2026-12-18\n"));
        dir.Write("pips/next.yaml", Plan("next", "005Hs00000Ae7kQIAR", "2026-12-14", "2027-02-26"));

        var loaded = ConfigurationLoader.Load(dir.Path, s_noEnvironment);

        loaded.InvalidPipFileCount.ShouldBe(2);
    }

    [Fact]
    public void A_Decided_Plan_May_Overlap_A_New_One()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        dir.Write("pips/base-plan.yaml", SampleConfig.Pip + "decision: partial\n");
        dir.Write("pips/rerun.yaml", Plan("rerun", "005Hs00000Ae7kQIAR", "2026-12-07", "2027-02-26"));

        var loaded = ConfigurationLoader.Load(dir.Path, s_noEnvironment);

        loaded.AllProblems.ShouldBeEmpty();
        loaded.Pips.Single(p => p.Id == "base-plan").Decision.ShouldBe("partial");
    }

    [Fact]
    public void Yml_Files_Are_Reported_Not_Silently_Ignored()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var yml = dir.Write("pips/forgotten.yml", Plan("forgotten", "005Hs00000Bb1bBIAR", "2026-10-05", "2026-12-11"));
        dir.Write("pips/README.md", "Plans live here.");
        dir.Write("pips/.hidden.yaml", "not: a plan");

        var loaded = ConfigurationLoader.Load(dir.Path, s_noEnvironment);

        loaded.PipFiles.Count.ShouldBe(2);
        loaded.PipFiles.Single(f => f.Path == yml).Problems.ShouldHaveSingleItem().ToString()
            .ShouldBe($"{yml}: not read: PIP files must end in .yaml (rename it to forgotten.yaml)");
    }

    [Fact]
    public void Empty_Pip_File_Is_Invalid()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        var empty = dir.Write("pips/empty.yaml", "# to do\n");

        var loaded = ConfigurationLoader.Load(dir.Path, s_noEnvironment);

        loaded.PipFiles.Single(f => f.Path == empty).Problems.ShouldHaveSingleItem().Message.ShouldStartWith("the file is empty");
    }

    [Fact]
    public void No_Pips_Folder_Means_No_Plans()
    {
        using var dir = new TempConfigDirectory();
        dir.Write("pipwatch.yaml", SampleConfig.Settings);
        Directory.Delete(dir.FileOf("pips"));

        var loaded = ConfigurationLoader.Load(dir.Path, s_noEnvironment);

        loaded.IsValid.ShouldBeTrue();
        loaded.Pips.ShouldBeEmpty();
    }

    [Fact]
    public void Invalid_Settings_Stop_Everything_But_Plans_Are_Still_Checked()
    {
        using var dir = TempConfigDirectory.WithValidBase();
        dir.Write("pipwatch.yaml", SampleConfig.Settings + "thresholds:\n  at_risk_pace: nine\n");

        var loaded = ConfigurationLoader.Load(dir.Path, s_noEnvironment);

        loaded.Settings.ShouldBeNull();
        loaded.SettingsValid.ShouldBeFalse();
        loaded.IsValid.ShouldBeFalse();
        loaded.PipFiles.ShouldHaveSingleItem().IsValid.ShouldBeTrue();
    }
}
