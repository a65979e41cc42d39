namespace PipWatch.Configuration.Tests.Infrastructure;

/// <summary>A small valid configuration that tests change one thing in.</summary>
public static class SampleConfig
{
    /// <summary>The salesforce section: 4 lines.</summary>
    public const string Salesforce = """
        salesforce:
          client_id: 3MVG9TestConsumerKey
          username: pipwatch@acme.example
          private_key: { file: /var/run/secrets/pipwatch/salesforce.key }

        """;

    /// <summary>The metric catalogue, last in the file so tests can append metrics: 19 lines.</summary>
    public const string Metrics = """
        metrics:
          calls:
            object: Task
            filter: "TaskSubtype = 'Call'"
            date_field: ActivityDate
          meetings_held:
            object: Event
            date_field: StartDateTime
          opps_created:
            object: Opportunity
            date_field: CreatedDate
          call_score:
            object: Task
            date_field: ActivityDate
            aggregate: avg
            field: Call_Score__c
            unit: score
          meeting_to_opp:
            ratio: { numerator: opps_created, denominator: meetings_held }

        """;

    public const string Settings = Salesforce + Metrics;

    public static int SalesforceLines { get; } = CountLines(Salesforce);

    public static int SettingsLines { get; } = CountLines(Settings);

    /// <summary>A valid plan on the sample catalogue.</summary>
    public const string Pip = """
        id: base-plan
        rep: 005Hs00000Ae7kQIAR
        start: 2026-10-05
        end: 2026-12-11
        targets:
          - metric: calls
            weekly: 60

        """;

    private static int CountLines(string text) => text.Count(c => c == '\n');
}
