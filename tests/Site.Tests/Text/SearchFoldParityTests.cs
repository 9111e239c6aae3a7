using System.Diagnostics;
using System.Text.Json;
using Site.Text;

namespace Site.Tests.Text;

/// <summary>The browser folds queries with theme/assets/search.js; the index was folded in C#. They must agree.</summary>
public class SearchFoldParityTests
{
    static readonly string[] Samples =
    [
        "می‌خواهم", "میخواهم", "می خواهم", "نمی خواهند", "کتاب ها و کتاب‌های", "بزرگ تر", "كارگران نيشكر", "١٤٠٠ و ۱۴۰۰ و 1400",
        "کـــارگر", "کارْگَر", "  فاصله\u00A0ها  ", "Khavaran Friday", "مسئله ؤ ة أ إ ى", "درۇ مستثنێ", "a \u200C b", "می", "ها", "12 ها",
    ];

    [Fact]
    public async Task Javascript_and_csharp_fold_alike()
    {
        var script = Path.Combine(Paths.Root, "theme", "assets", "search.js");
        var js = $"const s = require({JsonSerializer.Serialize(script)}); const input = JSON.parse(require('fs').readFileSync(0, 'utf8')); process.stdout.write(JSON.stringify(input.map(s.fold)));";
        var psi = new ProcessStartInfo("node", ["-e", js]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        await p.StandardInput.WriteAsync(JsonSerializer.Serialize(Samples));
        p.StandardInput.Close();
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        var folded = JsonSerializer.Deserialize<string[]>(output)!;
        Assert.Equal(Samples.Select(PersianText.FoldForSearch), folded);
    }
}
