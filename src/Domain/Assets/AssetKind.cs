namespace Milestone.Domain.Assets;

public enum AssetKind
{
    Workstation,
    Server,
    Network,
    Licence,
    Other,
}

public enum AssetStatus
{
    InService,
    InRepair,
    Retired,
}
