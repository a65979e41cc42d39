using AngleSharp.Html.Parser;
using PipWatch.Reporting;

namespace PipWatch.Tests.Reporting;

/// <summary>The report's small parts: the HTML writer's escaping, reading refused recipients, the nearest ids.</summary>
public sealed class ReportPartsTests
{
    [Fact]
    public void HtmlWriter_Encodes_Text_And_Attribute_Values_So_They_Parse_Back_Unchanged()
    {
        // Arrange
        const string hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)> & 'quotes' ünïcode";

        // Act
        var html = new HtmlWriter()
            .Open("div", ("title", hostile), ("data-note", null))
            .Element("p", hostile)
            .Close("div")
            .ToString();

        // Assert
        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelectorAll("script, img").ShouldBeEmpty();
        var div = document.QuerySelector("div").ShouldNotBeNull();
        div.GetAttribute("title").ShouldBe(hostile);
        div.HasAttribute("data-note").ShouldBeFalse("a null value leaves the attribute out");
        div.QuerySelector("p")!.TextContent.ShouldBe(hostile);
        html.ShouldContain("ünïcode");
    }

    [Theory]
    [InlineData("div onclick=alert(1)")]
    [InlineData("Script")]
    [InlineData("")]
    public void HtmlWriter_Refuses_Tag_Names_It_Does_Not_Know_The_Shape_Of(string tag) =>
        Should.Throw<ArgumentException>(() => new HtmlWriter().Element(tag, "text")).Message.ShouldContain("not a tag or attribute name");

    [Fact]
    public void HtmlWriter_Refuses_A_Document_With_An_Element_Left_Open() =>
        Should.Throw<InvalidOperationException>(() => new HtmlWriter().Open("section").Open("p").Close("section"))
            .Message.ShouldBe("Closing <section> while <p> is open.");

    [Theory]
    [InlineData("Ok", new string[0])]
    [InlineData(null, new string[0])]
    [InlineData("2.0.0 Ok: queued; refused: a.b@acme.example (550 mailbox unavailable)", new[] { "a.b@acme.example" })]
    [InlineData("Ok; refused: one@acme.example (550 no such user; try later); two@acme.example (553 5.1.3 bad address)", new[] { "one@acme.example", "two@acme.example" })]
    public void RefusedRecipients_Reads_The_Addresses_Delivery_Wrote_After_Refused(string? reply, string[] expected) =>
        RefusedRecipients.Parse(reply).ShouldBe(expected);

    [Fact]
    public void NearestIds_Puts_Containing_Ids_Then_The_Fewest_Edits_First()
    {
        // Arrange
        string[] known = ["2026-10-jordan-lee-activity", "2026-11-morgan-diaz-pipeline", "2026-11-sam-okafor-quality", "2026-10-jordan-lee"];

        // Act & Assert
        NearestIds.Find("jordan", known, count: 2).ShouldBe(["2026-10-jordan-lee", "2026-10-jordan-lee-activity"]);
        NearestIds.Find("2026-11-sam-okafor-qualty", known, count: 1).ShouldBe(["2026-11-sam-okafor-quality"]);
        NearestIds.Find("anything", []).ShouldBeEmpty();
    }

    [Fact]
    public void FileName_Keeps_The_Plan_Id_And_Replaces_What_A_File_System_Might_Not_Take() =>
        (PipReportRenderer.FileName("2026-10-jordan-lee.v2", ".html"), PipReportRenderer.FileName("../etc/passwd", ".html"))
            .ShouldBe(("2026-10-jordan-lee.v2.html", "_etc_passwd.html"));
}
