# syntax=docker/dockerfile:1
# Build: the SDK image restores (its own cached layer) and publishes the pipwatch command.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
# Project files first, so a source change does not invalidate the restore layer.
# tests/Dockerfile checks keep this list in step with src/.
COPY src/PipWatch.Core/PipWatch.Core.csproj src/PipWatch.Core/
COPY src/PipWatch.Configuration/PipWatch.Configuration.csproj src/PipWatch.Configuration/
COPY src/PipWatch.Salesforce/PipWatch.Salesforce.csproj src/PipWatch.Salesforce/
COPY src/PipWatch.Storage/PipWatch.Storage.csproj src/PipWatch.Storage/
COPY src/PipWatch.Notifications/PipWatch.Notifications.csproj src/PipWatch.Notifications/
COPY src/PipWatch/PipWatch.csproj src/PipWatch/
RUN dotnet restore src/PipWatch/PipWatch.csproj
COPY src/ src/
RUN dotnet publish src/PipWatch/PipWatch.csproj -c Release -o /app --no-restore

# Run: a small non-root image. The "extra" variant carries ICU and tzdata: PipWatch converts between reps'
# time zones and formats numbers per locale, and an image without them would silently get both wrong.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra AS runtime
WORKDIR /app
COPY --from=build /app ./
# Shipped defaults; in Kubernetes the chart mounts the real configuration over /config.
COPY config/ /config/
ENV PIPWATCH_CONFIG=/config \
    PIPWATCH_CONTAINER=true \
    DOTNET_gcServer=0
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["/app/pipwatch"]
CMD ["run", "--config", "/config"]
