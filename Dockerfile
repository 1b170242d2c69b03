FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY . .
# Pre-generated handler and projection code, so a container does not compile it at start-up (docs/operations.md).
# Generating it starts the host, which needs a PostgreSQL: a throwaway embedded one, as bench/run does.
# Node.js and npm build the GraphQL explorer's bundle during dotnet build (decision 0033).
RUN apt-get update && apt-get install -y --no-install-recommends postgresql nodejs npm && rm -rf /var/lib/apt/lists/*
RUN dotnet build src/Host -c Release \
 && cd src/Host \
 && ASPNETCORE_ENVIRONMENT=Development Milestone__EmbeddedPostgres__DataDirectory=/tmp/codegen-pg \
    dotnet bin/Release/net10.0/Milestone.Host.dll codegen write \
 && rm -rf /tmp/codegen-pg
# ReadyToRun: compiled ahead of time, so a new container answers sooner (docs/performance.md).
RUN dotnet publish src/Host/Host.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENTRYPOINT ["dotnet", "Milestone.Host.dll"]
