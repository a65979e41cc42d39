namespace PipWatch.Demo;

/// <summary>What a person in the demo org does; reps' roles decide their typical activity.</summary>
public enum DemoRole
{
    Director,
    Manager,
    HrPartner,

    /// <summary>Sales development rep: many calls and emails, books meetings for the account executives.</summary>
    Sdr,

    /// <summary>Account executive: holds meetings, creates and closes opportunities.</summary>
    AccountExecutive,
}
