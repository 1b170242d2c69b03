namespace Milestone.Api.Projects;

/// <summary>A note on a task for the staff only.</summary>
public sealed record AddProjectTaskNote([NewId] Guid NoteId, Guid ProjectId, Guid TaskId, string Text, Actor Actor) : IActorCommand;

public static class AddProjectTaskNoteHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(AddProjectTaskNote command, [WriteAggregate] Project project, TimeProvider time) =>
        [.. project.AddTaskNote(command.TaskId, command.NoteId, command.Text, command.Actor, time.GetUtcNow())];
}
