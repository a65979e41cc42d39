using System.Reflection;
using System.Text.RegularExpressions;
using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Loading;
using PipWatch.Configuration.Settings;
using PipWatch.Core.Metrics;
using PipWatch.Core.Plans;
using PipWatch.Testing;

namespace PipWatch.Configuration.Tests.Loading;

/// <summary>The config/ folder in the repository is what ops start from, so it must load cleanly and mean what it says.</summary>
public sealed class ShippedConfigurationTests
{
    private static readonly Dictionary<string, string?> s_noEnvironment = [];

    private static LoadedConfiguration Shipped() => ConfigurationLoader.Load(RepositoryPaths.ConfigDirectory, s_noEnvironment);

    [Fact]
    public void Load_Shipped_Config_Has_No_Problems()
    {
        var loaded = Shipped();

        loaded.AllProblems.Select(p => p.ToString()).ShouldBeEmpty();
        loaded.IsValid.ShouldBeTrue();
        loaded.Settings.ShouldNotBeNull();
        loaded.Pips.Count.ShouldBe(3);
    }

    [Fact]
    public void Load_Shipped_Config_Binds_Salesforce_With_Secrets_By_Reference()
    {
        var salesforce = Shipped().Settings!.Salesforce;

        salesforce.AuthFlow.ShouldBe(SalesforceAuthFlow.JwtBearer);
        salesforce.PrivateKey.ShouldBe(new SecretReference(null, "/var/run/secrets/pipwatch/salesforce.key"));
        salesforce.Resilience.TotalTimeout.ShouldBe(TimeSpan.FromMinutes(3));
    }

    [Fact]
    public void Load_Shipped_Config_Sends_Mail_To_The_Pickup_Folder_Without_Smtp()
    {
        var email = Shipped().Settings!.Email;

        email.Smtp.ShouldBeNull();
        email.PickupFolder.ShouldBe("out/mail");
    }

    [Fact]
    public void Load_Shipped_Config_Has_Two_Years_Of_Holidays_On_Working_Days()
    {
        var calendar = Shipped().Settings!.Calendar;

        calendar.Holidays.Count(d => d.Year == 2026).ShouldBe(11);
        calendar.Holidays.Count(d => d.Year == 2027).ShouldBe(11);
        calendar.Holidays.ShouldAllBe(d => d.DayOfWeek != DayOfWeek.Saturday && d.DayOfWeek != DayOfWeek.Sunday);
        calendar.Holidays.ShouldContain(new DateOnly(2026, 11, 26));
    }

    [Fact]
    public void Load_Shipped_Catalogue_Maps_Metrics_To_Core_Definitions()
    {
        var metrics = Shipped().Settings!.Metrics;

        metrics["calls"].ShouldBe(new QueryMetric("calls", "Calls", MetricUnit.Count, "Task", "OwnerId", "ActivityDate",
            DateFieldKind.Date, MetricAggregate.Count, null, "TaskSubtype = 'Call'"));
        metrics["meetings_booked"].ShouldBeOfType<QueryMetric>().DateFieldKind.ShouldBe(DateFieldKind.DateTime);
        metrics["meetings_held"].ShouldBeOfType<QueryMetric>().DateFieldKind.ShouldBe(DateFieldKind.DateTime);
        metrics["closed_won"].ShouldBeOfType<QueryMetric>().ShouldSatisfyAllConditions(
            m => m.Aggregate.ShouldBe(MetricAggregate.Sum),
            m => m.Field.ShouldBe("Amount"),
            m => m.Unit.ShouldBe(MetricUnit.Currency),
            m => m.DateFieldKind.ShouldBe(DateFieldKind.Date));
        metrics["call_score"].IsQuotient.ShouldBeTrue();
        metrics["accounts_touched"].ShouldBeOfType<QueryMetric>().Aggregate.ShouldBe(MetricAggregate.CountDistinct);
        metrics["meeting_to_opp"].ShouldBe(new RatioMetric("meeting_to_opp", "Meetings that became opportunities", MetricUnit.Percent, "opps_created", "meetings_held"));
    }

    [Fact]
    public void Load_Shipped_Sdr_Plan_Has_Weekly_Targets()
    {
        var pip = Shipped().Pips.Single(p => p.Id == "2026-10-jordan-lee-activity");

        pip.Rep.IsUserId.ShouldBeTrue();
        pip.Targets.ShouldAllBe(t => t.Kind == GoalKind.Weekly);
        pip.Targets.Single(t => t.Metric == "emails").MustHave.ShouldBeFalse();
        pip.Watchers.ShouldBe(["priya.raman@acme.example"]);
        pip.SourceFile.ShouldBe(Path.Combine(RepositoryPaths.ConfigDirectory, "pips", "2026-10-jordan-lee-sdr-activity.yaml"));
    }

    [Fact]
    public void Load_Shipped_Ae_Plan_Has_Its_Amendment()
    {
        var pip = Shipped().Pips.Single(p => p.Id == "2026-11-morgan-diaz-pipeline");

        pip.Rep.IsUserId.ShouldBeFalse();
        pip.TimeZoneOverride.ShouldBe("America/Chicago");
        pip.Targets.Where(t => t.MustHave).ShouldAllBe(t => t.Kind == GoalKind.Total);
        var amendment = pip.Amendments.ShouldHaveSingleItem();
        amendment.EffectiveDate.ShouldBe(new DateOnly(2026, 12, 14));
        amendment.NewEndDate.ShouldBe(new DateOnly(2027, 2, 12));
        amendment.GoalChanges.ShouldBe([new GoalChange("closed_won", 100_000)]);
        amendment.Reason.ShouldStartWith("Two weeks of mandatory product certification");
    }

    [Fact]
    public void Load_Shipped_Quality_Plan_Has_Paused_Days_And_Rate_Targets()
    {
        var pip = Shipped().Pips.Single(p => p.Id == "2026-11-sam-okafor-quality");

        pip.PausedDays.ShouldBe([DateRange.OneDay(new DateOnly(2026, 11, 25)), new DateRange(new DateOnly(2026, 12, 28), new DateOnly(2026, 12, 31))]);
        pip.Targets.Single(t => t.Metric == "call_score").ShouldBe(new Target("call_score", "call_score", GoalKind.Rate, 70, MinSample: 25));
        pip.Targets.Single(t => t.Metric == "meeting_to_opp").ShouldBe(new Target("meeting_to_opp", "meeting_to_opp", GoalKind.Rate, 0.25, MinSample: 8, WindowWorkingDays: 20));
    }

    /// <summary>"Every key commented": each setting the records hold is written (or shown commented out) in the shipped file.</summary>
    [Fact]
    public void Shipped_Settings_File_Documents_Every_Setting()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.ConfigDirectory, "pipwatch.yaml"));

        var missing = SettingKeys(typeof(PipWatchSettings))
            .Where(key => !Regex.IsMatch(text, $@"^\s*(#\s*)?{key}:", RegexOptions.Multiline))
            .ToList();

        missing.ShouldBeEmpty();
    }

    private static IEnumerable<string> SettingKeys(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = KeyNames.ToSnakeCase(property.Name);
            yield return key;
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (valueType.IsClass && valueType.Namespace?.StartsWith("PipWatch", StringComparison.Ordinal) == true && valueType != typeof(SecretReference))
            {
                foreach (var child in SettingKeys(valueType))
                {
                    yield return child;
                }
            }
        }
    }
}
