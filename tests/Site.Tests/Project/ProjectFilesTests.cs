using Site.Project;

namespace Site.Tests.Project;

/// <summary>Files of the project and the build's working folders.</summary>
public class ProjectFilesTests
{
    [Fact]
    public void A_working_folder_left_by_a_process_no_longer_running_is_removed_and_one_in_use_is_kept()
    {
        var prefix = "site-test-" + Guid.NewGuid().ToString("N")[..8];
        var dead = Path.Combine(Path.GetTempPath(), $"{prefix}-2147483646-left");      // no process has this id
        var alive = Path.Combine(Path.GetTempPath(), $"{prefix}-{Environment.ProcessId}-mine");
        Directory.CreateDirectory(Path.Combine(dead, "site"));
        Directory.CreateDirectory(alive);
        var work = ProjectFiles.NewTempFolder(prefix);
        try
        {
            Assert.False(Directory.Exists(dead));
            Assert.True(Directory.Exists(alive));
            Assert.True(Directory.Exists(work));
            Assert.StartsWith($"{prefix}-{Environment.ProcessId}-", Path.GetFileName(work));
        }
        finally
        {
            Directory.Delete(alive, true);
            Directory.Delete(work, true);
        }
    }
}
