using System.Globalization;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Time.Testing;
using PipWatch.Core.Metrics;
using PipWatch.Notifications.Charts;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Templates;

namespace PipWatch.Notifications.Tests.Charts;

public sealed class ChartRendererTests
{
    private const string Blue = "#2f6fde";
    private const string Orange = "#d9730d";
    private const string LightBlue = "#a9c4f5";

    private readonly ChartRenderer _renderer = new(CultureInfo.GetCultureInfo("en-US"));

    [Fact]
    public void Cumulative_Renders_A_Png_Sized_For_A_640_Pixel_Email()
    {
        // Act
        var chart = _renderer.Cumulative(ChartSamples.Calls(), "chart-calls");

        // Assert
        using var pixels = new PngPixels(chart.Png);
        (pixels.Width, pixels.Height).ShouldBe((600, 260));
        (chart.Width, chart.Height).ShouldBe((600, 260));
        chart.ContentId.ShouldBe("chart-calls");
        chart.Png.Length.ShouldBeLessThan(40_000);
    }

    [Fact]
    public void Sparkline_Renders_At_Twice_Its_Display_Size()
    {
        // Act
        var chart = _renderer.Sparkline(ChartSamples.Pace(), "spark-pace");

        // Assert
        using var pixels = new PngPixels(chart.Png);
        (pixels.Width, pixels.Height).ShouldBe((320, 72));
        (chart.Width, chart.Height).ShouldBe((160, 36));
        pixels.Count(Blue).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Same_Data_Gives_Byte_Identical_Pngs_Across_Instances_And_Threads()
    {
        // Arrange
        var first = _renderer.Cumulative(ChartSamples.Calls(), "c").Png;

        // Act
        var again = new ChartRenderer(CultureInfo.GetCultureInfo("en-US")).Cumulative(ChartSamples.Calls(), "c").Png;
        var parallel = new byte[8][];
        Parallel.For(0, parallel.Length, index => parallel[index] = _renderer.Cumulative(ChartSamples.Calls(), "c").Png);

        // Assert
        again.ShouldBe(first);
        parallel.ShouldAllBe(png => png.SequenceEqual(first));
        _renderer.Weekly(ChartSamples.Meetings(), "w").Png.ShouldBe(_renderer.Weekly(ChartSamples.Meetings(), "w").Png);
        _renderer.Sparkline(ChartSamples.Pace(), "s").Png.ShouldBe(_renderer.Sparkline(ChartSamples.Pace(), "s").Png);
    }

    [Fact]
    public void Different_Data_Gives_A_Different_Png()
    {
        // Act
        var calls = _renderer.Cumulative(ChartSamples.Calls(), "c").Png;
        var fewer = _renderer.Cumulative(ChartSamples.Calls() with { Goal = 250 }, "c").Png;

        // Assert
        fewer.ShouldNotBe(calls);
    }

    [Fact]
    public void Cumulative_Draws_The_Projection_Beyond_The_Last_Actual_Day()
    {
        // Act: the actual line stops on 25 November, about 60 % across.
        using var with = new PngPixels(_renderer.Cumulative(ChartSamples.Calls(withProjection: true), "c").Png);
        using var without = new PngPixels(_renderer.Cumulative(ChartSamples.Calls(withProjection: false), "c").Png);

        // Assert: only the dashed projection puts the actual's blue into the last third.
        with.Count(Blue, fromX: 420).ShouldBeGreaterThan(40);
        without.Count(Blue, fromX: 420).ShouldBe(0);
    }

    [Fact]
    public void Cumulative_Draws_Axis_Labels_With_The_Embedded_Font()
    {
        // Act
        using var pixels = new PngPixels(_renderer.Cumulative(ChartSamples.Calls(), "c").Png);

        // Assert: value labels left of the axis, date labels below it.
        pixels.Dark(fromX: 0, toX: 28).ShouldBeGreaterThan(40);
        pixels.Dark(fromX: 60, toX: 600, fromY: 240).ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Weekly_Colours_Missed_Weeks_And_Draws_The_Running_Week_Lighter()
    {
        // Arrange
        var allMet = ChartSamples.Meetings() with
        {
            Weeks = [.. ChartSamples.Meetings().Weeks.Select(week => week with { Value = week.Goal + 1, Complete = true })],
        };

        // Act
        using var mixed = new PngPixels(_renderer.Weekly(ChartSamples.Meetings(), "w").Png);
        using var met = new PngPixels(_renderer.Weekly(allMet, "w").Png);

        // Assert
        mixed.Count(Orange, tolerance: 4).ShouldBeGreaterThan(1000);
        mixed.Count(LightBlue, tolerance: 4).ShouldBeGreaterThan(1000);
        met.Count(Orange, tolerance: 4).ShouldBe(0);
        met.Count(LightBlue, tolerance: 4).ShouldBe(0);
        met.Count(Blue, tolerance: 4).ShouldBeGreaterThan(4000);
    }

    public static TheoryData<string, CumulativeChartData> AwkwardCumulative => new()
    {
        { "empty", ChartSamples.Calls() with { Actual = [], Expected = [], Projection = [] } },
        { "start equals end", ChartSamples.Calls() with { End = ChartSamples.Start, Actual = [], Expected = [], Projection = [] } },
        { "single point", ChartSamples.Calls() with { Actual = [new ChartPoint(ChartSamples.Start, 3)], Projection = [] } },
        { "zero goal", ChartSamples.Calls() with { Goal = 0, Expected = [] } },
        { "negative", ChartSamples.Calls() with { Unit = MetricUnit.Currency, Actual = [new(ChartSamples.Start, -50), new(ChartSamples.Start.AddDays(3), -1200)] } },
        { "huge", ChartSamples.Calls() with { Goal = 1e300, Actual = [new(ChartSamples.Start, double.MaxValue)], Projection = [new(ChartSamples.End, -double.MaxValue)] } },
        { "points outside the plan", ChartSamples.Calls() with { Actual = [new(ChartSamples.Start.AddDays(-10), 1), new(ChartSamples.End.AddDays(30), 2)] } },
        { "unordered", ChartSamples.Calls() with { Actual = [.. ChartSamples.Calls().Actual.Reverse()] } },
    };

    [Theory]
    [MemberData(nameof(AwkwardCumulative))]
    public void Cumulative_Renders_Awkward_Data(string name, CumulativeChartData data)
    {
        // Act
        var chart = _renderer.Cumulative(data, "c");

        // Assert
        using var pixels = new PngPixels(chart.Png);
        pixels.Width.ShouldBe(600, name);
        chart.AltText.ShouldNotBeNullOrWhiteSpace();
        chart.AltText.ShouldEndWith(".");
    }

    [Fact]
    public void Weekly_And_Sparkline_Render_Empty_Single_And_Extreme_Data()
    {
        // Act
        var charts = new[]
        {
            _renderer.Weekly(new WeeklyChartData("Meetings", MetricUnit.Count, []), "w"),
            _renderer.Weekly(new WeeklyChartData("Meetings", MetricUnit.Count, [new WeekBar(ChartSamples.Start, -3, 0, true)]), "w"),
            _renderer.Weekly(new WeeklyChartData("Pipeline", MetricUnit.Currency, [new WeekBar(ChartSamples.Start, 1e18, 5e17, false)]), "w"),
            _renderer.Weekly(new WeeklyChartData("Calls", MetricUnit.Count, [.. Enumerable.Range(0, 52).Select(week => new WeekBar(ChartSamples.Start.AddDays(7 * week), week, 26, true))]), "w"),
            _renderer.Sparkline(new SparklineData("Pace", [], null), "s"),
            _renderer.Sparkline(new SparklineData("Pace", [1.2], 1), "s"),
            _renderer.Sparkline(new SparklineData("Pace", [0, 0, 0], 0), "s"),
            _renderer.Sparkline(new SparklineData("Pace", [-1e300, 1e300], null), "s"),
        };

        // Assert
        foreach (var chart in charts)
        {
            using var pixels = new PngPixels(chart.Png);
            pixels.Width.ShouldBeGreaterThan(0);
            chart.AltText.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Not_A_Number_Is_Refused_Naming_The_Field()
    {
        // Arrange
        var data = ChartSamples.Calls() with { Actual = [new(ChartSamples.Start, 1), new(ChartSamples.Start.AddDays(1), double.NaN)] };

        // Act & Assert
        Should.Throw<ArgumentException>(() => _renderer.Cumulative(data, "c")).Message.ShouldContain("Actual[1].Value is NaN");
        Should.Throw<ArgumentException>(() => _renderer.Weekly(new WeeklyChartData("W", MetricUnit.Count, [new WeekBar(ChartSamples.Start, 1, double.PositiveInfinity, true)]), "w"))
            .Message.ShouldContain("Weeks[0].Goal");
        Should.Throw<ArgumentException>(() => _renderer.Sparkline(new SparklineData("S", [1], double.NaN), "s")).Message.ShouldContain("Reference");
    }

    [Fact]
    public void A_Plan_Ending_Before_It_Starts_Is_Refused()
    {
        // Act
        var failure = Should.Throw<ArgumentException>(() => _renderer.Cumulative(ChartSamples.Calls() with { End = ChartSamples.Start.AddDays(-1) }, "c"));

        // Assert
        failure.Message.ShouldContain("'Calls' ends on 2025-11-02, before it starts on 2025-11-03");
    }

    [Theory]
    [InlineData("")]
    [InlineData("chart calls")]
    [InlineData("chart\"><script>")]
    public void A_Content_Id_Mime_Would_Refuse_Is_Refused_Up_Front(string contentId)
    {
        // Act & Assert
        Should.Throw<ArgumentException>(() => _renderer.Sparkline(ChartSamples.Pace(), contentId)).ParamName.ShouldBe("contentId");
    }

    [Fact]
    public void Img_Tag_Encodes_The_Alt_Text_And_Mime_Attaches_The_Png()
    {
        // Arrange
        var chart = _renderer.Cumulative(ChartSamples.Calls() with { Title = "\"><script>alert(1)</script> & Co" }, "chart-calls@pipwatch");
        var html = $"<p>Calls</p>{chart.ToImgTag()}";

        // Act
        var document = new HtmlParser().ParseDocument(html);
        using var message = new MimeMessageBuilder(new FakeTimeProvider()).Build(new OutgoingEmail(
            "digest:chart-test",
            new EmailAddress("pipwatch@acme.example"),
            [new EmailAddress("dana@acme.example")],
            "Digest",
            new RenderedEmail(html, "Calls"))
        {
            Images = [chart.ToInlineImage()],
        });

        // Assert
        document.QuerySelectorAll("script").ShouldBeEmpty();
        var image = document.QuerySelector("img").ShouldNotBeNull();
        image.GetAttribute("alt").ShouldBe(chart.AltText);
        image.GetAttribute("src").ShouldBe("cid:chart-calls@pipwatch");
        image.GetAttribute("width").ShouldBe("600");
        var part = message.BodyParts.OfType<MimeKit.MimePart>().Single(entity => entity.ContentId == "chart-calls@pipwatch");
        using var stream = new MemoryStream();
        part.Content.ShouldNotBeNull().DecodeTo(stream, TestContext.Current.CancellationToken);
        stream.ToArray().ShouldBe(chart.Png);
        part.FileName.ShouldBe("chart-calls@pipwatch.png");
    }

    [Fact]
    public void Renderer_Uses_The_Recipient_Locale()
    {
        // Act
        var chart = new ChartRenderer(RecipientLocale.FromSalesforce("de_DE", "Europe/Berlin", "EUR"))
            .Cumulative(ChartSamples.Calls() with { Unit = MetricUnit.Currency, Goal = 250_000 }, "c");

        // Assert
        chart.AltText.ShouldContain("250.000\u00A0€");
        chart.AltText.ShouldContain("25. November");
    }
}
