namespace Milestone.Domain;
