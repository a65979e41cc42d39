using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using PipWatch.Notifications.Templates;
using PipWatch.Notifications.Templates.Example;
using PipWatch.Notifications.Tests.Infrastructure;

namespace PipWatch.Notifications.Tests.Templates;

public sealed class TemplateCatalogTests : IDisposable
{
    private readonly TempDirectory _config = new();

    public void Dispose() => _config.Dispose();

    [Fact]
    public void Validate_Without_Overrides_Finds_No_Problem()
    {
        // Act
        var problems = TemplateCatalog.Validate(_config.Path);

        // Assert
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Defaults_Contain_Every_Kind_And_Both_Layouts()
    {
        // Act
        var names = TemplateCatalog.Defaults.Files.Keys;

        // Assert
        names.ShouldContain("_layout.html.liquid");
        names.ShouldContain("_layout.txt.liquid");
        foreach (var template in EmailTemplates.All)
        {
            names.ShouldContain(template.HtmlFile);
            names.ShouldContain(template.TextFile);
        }

        TemplateCatalog.Defaults.Files.Values.ShouldAllBe(file => !file.IsOverride);
    }

    [Fact]
    public void Load_Uses_An_Override_Instead_Of_The_Default()
    {
        // Arrange
        var path = _config.Write("templates/example.txt.liquid", "Overridden for {{ recipient_name }}.");
        var logger = new FakeLogger();

        // Act
        var catalog = TemplateCatalog.Load(_config.Path, new FakeTimeProvider(), logger);
        var rendered = new EmailRenderer(catalog).Render(EmailTemplates.Example, ExampleEmail.Sample, RecipientLocale.Default);

        // Assert
        catalog.Files["example.txt.liquid"].OverridePath.ShouldBe(path);
        catalog.Files["example.html.liquid"].IsOverride.ShouldBeFalse();
        rendered.Text.ShouldStartWith("Overridden for Dana Whitfield.");
        rendered.Html.ShouldContain("Here is where Jordan Alvarez stands");
        logger.Collector.GetSnapshot().ShouldContain(record => record.Message.Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public void Layout_Override_Wraps_Every_Kind()
    {
        // Arrange
        _config.Write("templates/_layout.html.liquid", "<html><body><main id=\"custom\">{{ body }}</main></body></html>");

        // Act
        var catalog = TemplateCatalog.Load(_config.Path, new FakeTimeProvider());
        var html = new EmailRenderer(catalog).Render(EmailTemplates.Example, ExampleEmail.Sample, RecipientLocale.Default).Html;

        // Assert
        html.ShouldStartWith("<html><body><main id=\"custom\">");
        html.ShouldContain("Here is where Jordan Alvarez stands");
    }

    [Fact]
    public void Validate_Reports_A_Broken_Override_With_File_And_Line()
    {
        // Arrange
        var path = _config.Write("templates/example.html.liquid", "<p>Hello {{ recipient_name }}</p>\n<p>\n{% if targets.size > 0 %}\n<b>open if</b>\n");

        // Act
        var problem = TemplateCatalog.Validate(_config.Path).ShouldHaveSingleItem();

        // Assert
        problem.File.ShouldBe(path);
        problem.Line.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(4);
        problem.Message.ShouldContain("endif");
        problem.ToString().ShouldStartWith($"{path}:{problem.Line}:");
    }

    [Fact]
    public void Validate_Reports_The_Line_Of_An_Unclosed_Output_Tag()
    {
        // Arrange
        var path = _config.Write("templates/example.txt.liquid", "Hello {{ recipient_name }},\n\nThe plan ends {{ plan_ends | local_date \nSee you.\n");

        // Act
        var problem = TemplateCatalog.Validate(_config.Path).ShouldHaveSingleItem();

        // Assert
        problem.File.ShouldBe(path);
        problem.Line.ShouldBe(3);
        problem.Column.ShouldNotBeNull();
    }

    [Fact]
    public void Validate_Reports_An_Empty_Override_File()
    {
        // Arrange
        var path = _config.Write("templates/example.html.liquid", "  \n\n");

        // Act
        var problem = TemplateCatalog.Validate(_config.Path).ShouldHaveSingleItem();

        // Assert
        problem.File.ShouldBe(path);
        problem.Message.ShouldContain("empty");
    }

    [Theory]
    [InlineData("example.html.liquid", "{% if targets.size > 99 %}<p>{{ rep_name }}</p>{% endif %}\n<div> &nbsp; </div>")]
    [InlineData("example.txt.liquid", "{% comment %}nothing for now{% endcomment %}\n   \n")]
    public void Validate_Reports_An_Override_That_Renders_Nothing(string file, string source)
    {
        // Arrange
        var path = _config.Write($"templates/{file}", source);

        // Act
        var problem = TemplateCatalog.Validate(_config.Path).ShouldHaveSingleItem();

        // Assert
        problem.File.ShouldBe(path);
        problem.Message.ShouldContain("rendered no content");
    }

    [Fact]
    public void Validate_Reports_A_Misspelt_Variable_With_Its_Line()
    {
        // Arrange
        var path = _config.Write("templates/example.txt.liquid", "Hello {{ recipient_name }},\n\n{{ rep_nmae }} is on track.\n");

        // Act
        var problem = TemplateCatalog.Validate(_config.Path).ShouldHaveSingleItem();

        // Assert
        problem.File.ShouldBe(path);
        problem.Line.ShouldBe(3);
        problem.Message.ShouldContain("rep_nmae");
    }

    [Fact]
    public void Validate_Reports_A_Misspelt_Member_Of_A_Nested_Value()
    {
        // Arrange
        var path = _config.Write("templates/example.txt.liquid", "Targets:\n{% for target in targets %}\n- {{ target.lable }}\n{% endfor %}\n");

        // Act
        var problem = TemplateCatalog.Validate(_config.Path).ShouldHaveSingleItem();

        // Assert
        problem.File.ShouldBe(path);
        problem.Line.ShouldBe(3);
        problem.Message.ShouldContain("lable");
    }

    [Fact]
    public void Validate_Reports_The_Raw_Filter_Because_It_Could_Emit_Salesforce_Data_Unescaped()
    {
        // Arrange
        var path = _config.Write("templates/example.html.liquid", "<p>Hello</p>\n<p>{{ rep_name | raw }}</p>\n");

        // Act
        var problem = TemplateCatalog.Validate(_config.Path).ShouldHaveSingleItem();

        // Assert
        problem.File.ShouldBe(path);
        problem.Line.ShouldBe(2);
        problem.Message.ShouldContain("TrustedHtml");
    }

    [Fact]
    public void Validate_Reports_An_Unknown_Filter()
    {
        // Arrange
        var path = _config.Write("templates/example.txt.liquid", "Hello {{ recipient_name }}\nTotal {{ pipeline_created | curency }}\n");

        // Act
        var problem = TemplateCatalog.Validate(_config.Path).ShouldHaveSingleItem();

        // Assert
        problem.File.ShouldBe(path);
        problem.Line.ShouldBe(2);
        problem.Message.ShouldContain("curency");
    }

    [Fact]
    public void Validate_Reports_A_Layout_That_Drops_The_Body()
    {
        // Arrange
        var path = _config.Write("templates/_layout.html.liquid", "<html><body><p>Nothing to see, {{ recipient_name }}</p></body></html>");

        // Act
        var problem = TemplateCatalog.Validate(_config.Path).ShouldHaveSingleItem();

        // Assert
        problem.File.ShouldBe(path);
        problem.Message.ShouldContain("{{ body }}");
    }

    [Fact]
    public void Validate_Reports_A_File_That_Is_Not_A_Template_Name()
    {
        // Arrange
        var path = _config.Write("templates/exmaple.html.liquid", "<p>typo in the name</p>");
        _config.Write("templates/README.md", "Notes for ops are fine here.");

        // Act
        var problem = TemplateCatalog.Validate(_config.Path).ShouldHaveSingleItem();

        // Assert
        problem.File.ShouldBe(path);
        problem.Message.ShouldContain("example.html.liquid");
    }

    [Fact]
    public void Validate_Reports_Every_Problem_At_Once()
    {
        // Arrange
        _config.Write("templates/example.html.liquid", "{% for %}");
        _config.Write("templates/example.txt.liquid", "");
        _config.Write("templates/_button.html.liquid", "{{ url ");

        // Act
        var problems = TemplateCatalog.Validate(_config.Path);

        // Assert
        problems.Select(problem => Path.GetFileName(problem.File)).Order().ShouldBe(
            ["_button.html.liquid", "example.html.liquid", "example.txt.liquid"]);
    }

    [Fact]
    public void Load_Refuses_A_Broken_Override_Instead_Of_Rendering_Empty_Mail()
    {
        // Arrange
        var path = _config.Write("templates/example.html.liquid", "<p>{{ rep_name </p>");

        // Act
        var failure = Should.Throw<TemplateCatalogException>(() => TemplateCatalog.Load(_config.Path, new FakeTimeProvider()));

        // Assert
        failure.Problems.ShouldHaveSingleItem().File.ShouldBe(path);
        failure.Message.ShouldContain(path);
    }

    [Fact]
    public void Render_Refuses_A_Model_Whose_Html_Comes_Out_Empty()
    {
        // Arrange: the override is fine for the sample but renders nothing when there are no targets.
        _config.Write("templates/example.html.liquid", "{% for target in targets %}<p>{{ target.label }}</p>{% endfor %}");
        var renderer = new EmailRenderer(TemplateCatalog.Load(_config.Path, new FakeTimeProvider()));
        var model = ExampleEmail.Sample with { Targets = [] };

        // Act
        var failure = Should.Throw<TemplateRenderException>(() => renderer.Render(EmailTemplates.Example, model, RecipientLocale.Default));

        // Assert
        failure.TemplateFile.ShouldBe("example.html.liquid");
        failure.Message.ShouldContain("no content");
    }

    [Fact]
    public void Load_Without_A_Config_Folder_Uses_The_Defaults()
    {
        // Act
        var catalog = TemplateCatalog.Load(null, new FakeTimeProvider());

        // Assert
        catalog.Files.Values.ShouldAllBe(file => !file.IsOverride);
    }
}
