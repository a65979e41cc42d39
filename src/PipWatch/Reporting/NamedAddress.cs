namespace PipWatch.Reporting;

/// <summary>An address with the display name the message carried (empty when it had none).</summary>
public sealed record NamedAddress(string Name, string Address)
{
    public override string ToString() =>
        Name.Length == 0 || string.Equals(Name, Address, StringComparison.OrdinalIgnoreCase) ? Address : $"{Name} <{Address}>";
}
