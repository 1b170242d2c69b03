FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY . .
# ReadyToRun: compiled ahead of time, so a new container answers sooner (docs/performance.md).
RUN dotnet publish src/Host/Host.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENTRYPOINT ["dotnet", "Milestone.Host.dll"]
