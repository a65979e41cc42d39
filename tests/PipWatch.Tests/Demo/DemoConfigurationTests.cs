using PipWatch.Core.Plans;
using PipWatch.Demo;

namespace PipWatch.Tests.Demo;

public sealed class DemoConfigurationTests
{
    [Fact]
    public void Load_Reads_The_Shipped_Demo_Configuration_Without_A_Problem()
    {
        // Act
        var loaded = DemoConfiguration.Load();

        // Assert
        loaded.AllProblems.ShouldBeEmpty();
        loaded.IsValid.ShouldBeTrue();
        loaded.ConfigDirectory.ShouldBe(DemoConfiguration.Directory);
        Path.GetFileName(DemoConfiguration.Directory).ShouldBe("demo-config");
        loaded.Pips.Count.ShouldBe(8);
    }

    [Fact]
    public void Every_Plan_Has_A_Story_And_Every_Story_Kind_Is_Told_Once()
    {
        // Arrange
        var pips = DemoConfiguration.Load().Pips;

        // Act
        var stories = pips.Select(p => DemoStories.Find(p.Id)).ToList();

        // Assert
        stories.ShouldAllBe(s => s != null);
        stories.Select(s => s!.Kind).Order().ShouldBe(Enum.GetValues<DemoStoryKind>().Order());
        DemoStories.All.Select(s => s.PipId).Order(StringComparer.Ordinal).ShouldBe(pips.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plans_Replay_A_Finished_Past_Of_At_Most_Sixteen_Weeks()
    {
        // Arrange
        var pips = DemoConfiguration.Load().Pips;

        // Act
        var first = pips.Min(p => p.Start);
        var last = pips.Max(p => EffectivePlan.Versions(p)[^1].End);

        // Assert
        first.ShouldBe(new DateOnly(2026, 8, 31));
        last.ShouldBeLessThan(new DateOnly(2026, 12, 20));
        (last.DayNumber - first.DayNumber).ShouldBeLessThanOrEqualTo(16 * 7);
    }

    [Fact]
    public void Plans_Use_Every_Kind_Of_Goal_And_Plan_Feature()
    {
        // Arrange
        var loaded = DemoConfiguration.Load();
        var pips = loaded.Pips;
        var targets = pips.SelectMany(p => p.Targets).ToList();

        // Assert: weekly, total and rate goals, on averages and ratios, some of them optional.
        targets.Select(t => t.Kind).Distinct().Order().ShouldBe([GoalKind.Weekly, GoalKind.Total, GoalKind.Rate]);
        targets.Where(t => t.Kind == GoalKind.Rate).Select(t => t.Metric).Distinct().Order(StringComparer.Ordinal).ShouldBe(["call_score", "meeting_to_opp"]);
        targets.ShouldContain(t => !t.MustHave);
        targets.Select(t => t.Metric).Distinct().Count().ShouldBeGreaterThanOrEqualTo(8);

        // Assert: paused days, an amendment with a reason, a named manager, and reps named all three ways.
        pips.ShouldContain(p => p.PausedDays.Count > 0);
        var amendment = pips.SelectMany(p => p.Amendments).ShouldHaveSingleItem();
        amendment.Reason.ShouldNotBeNullOrWhiteSpace();
        amendment.NewEndDate.ShouldNotBeNull();
        amendment.GoalChanges.ShouldNotBeEmpty();
        pips.ShouldContain(p => p.ManagerOverride != null);
        pips.ShouldContain(p => p.Rep.IsUserId);
        pips.ShouldContain(p => p.Rep.Value.EndsWith("@" + DemoOrg.EmailDomain, StringComparison.Ordinal));
        pips.ShouldContain(p => p.Rep.Value.EndsWith("@" + DemoOrg.UsernameDomain, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Names_The_Missing_File_When_The_Folder_Is_Not_There()
    {
        // Arrange
        var missing = Path.Combine(Path.GetTempPath(), "pipwatch-demo-missing-" + Guid.NewGuid().ToString("N"));

        // Act
        var error = Should.Throw<DemoConfigurationException>(() => DemoConfiguration.Load(missing));

        // Assert
        error.Message.ShouldContain(Path.Combine(missing, "pipwatch.yaml"));
        error.Message.ShouldContain("src/PipWatch/Demo/config");
    }

    [Fact]
    public void Load_Lists_The_Problems_Of_A_Damaged_Copy()
    {
        // Arrange: a copy of the shipped folder with one plan's goal broken.
        var folder = Directory.CreateTempSubdirectory("pipwatch-demo-config-").FullName;
        try
        {
            CopyFolder(DemoConfiguration.Directory, folder);
            var plan = Path.Combine(folder, "pips", "2026-09-ravi-patel-revenue.yaml");
            File.WriteAllText(plan, File.ReadAllText(plan).Replace("total: 93000", "total: lots", StringComparison.Ordinal));

            // Act
            var error = Should.Throw<DemoConfigurationException>(() => DemoConfiguration.Load(folder));

            // Assert
            error.Message.ShouldContain("2026-09-ravi-patel-revenue.yaml");
            error.Message.ShouldContain("lots");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_Refuses_A_Copy_Without_Plans()
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("pipwatch-demo-config-").FullName;
        try
        {
            File.Copy(Path.Combine(DemoConfiguration.Directory, "pipwatch.yaml"), Path.Combine(folder, "pipwatch.yaml"));

            // Act
            var error = Should.Throw<DemoConfigurationException>(() => DemoConfiguration.Load(folder));

            // Assert
            error.Message.ShouldContain("has no plans");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
