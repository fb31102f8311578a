using SharpStack.Api.Access;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Projects;

namespace SharpStack.Api.Commands.Projects;

internal static class ProjectRoleChecks
{
    public static ProjectRole InProject(ProjectRole role, Project project) =>
        role.ProjectId == project.Id ? role : throw CloudException.InvalidParameter($"Project role {role.Name} does not belong to project {project.Name}");

    public static ProjectRolePermission InProject(ProjectRolePermission permission, Project project) =>
        permission.ProjectId == project.Id ? permission : throw CloudException.InvalidParameter("The project role permission does not belong to the given project");

    public static string Rule(string rule) =>
        RoleRule.IsValid(rule) ? rule : throw CloudException.InvalidParameter($"Invalid rule {rule}: use letters, digits and *");

    public static RulePermission Permission(string text) => Binding.EnumParameters.Parse<RulePermission>(text, "permission");
}
