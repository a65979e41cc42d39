using PipWatch.Testing;

namespace PipWatch.Tests.Packaging;

/// <summary>
/// Our machines have no container engine, so these checks keep the Dockerfile from rotting: it must copy every project
/// the command needs before restoring, publish exactly what the test command publishes, and run non-root on an image
/// that carries time-zone and culture data.
/// </summary>
public sealed class DockerfileTests
{
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dockerfile"));

    [Fact]
    public void Dockerfile_Copies_Every_Source_Project_Before_Restore()
    {
        // Arrange
        var projects = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/'))
            .ToList();
        var restoreAt = Dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal);

        // Act
        var missing = projects.Where(p =>
        {
            var copy = Dockerfile.IndexOf($"COPY {p} ", StringComparison.Ordinal);
            return copy < 0 || copy > restoreAt;
        }).ToList();

        // Assert
        projects.ShouldNotBeEmpty();
        restoreAt.ShouldBeGreaterThan(0);
        missing.ShouldBeEmpty("each src project file must be copied before `dotnet restore` so restore has its own layer");
    }

    [Fact]
    public void Dockerfile_Publishes_What_The_Test_Command_Publishes()
    {
        var testCommand = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "run-all.sh"));

        Dockerfile.ShouldContain("dotnet publish src/PipWatch/PipWatch.csproj -c Release");
        testCommand.ShouldContain("dotnet publish src/PipWatch/PipWatch.csproj -c Release");
    }

    [Fact]
    public void Runtime_Image_Runs_As_Non_Root_With_Icu_And_Tzdata()
    {
        var runtimeStage = Dockerfile[Dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal)..];

        runtimeStage.ShouldContain("chiseled-extra", customMessage: "the -extra chiseled images are the ones with ICU and tzdata");
        runtimeStage.ShouldContain("USER $APP_UID");
        runtimeStage.ShouldContain("EXPOSE 8080");
        runtimeStage.ShouldNotContain("InvariantGlobalization");
    }
}
