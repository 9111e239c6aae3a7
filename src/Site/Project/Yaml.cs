using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Site.Project;

/// <summary>One configured YamlDotNet reader and writer for every file the project reads (front-matter, topics, config).</summary>
// The ahead-of-time compiled program (Site.csproj, NativeAot) keeps every type and member of ours, which is all that
// YamlDotNet's reflection reads and writes; .ci/run checks that it reads the corpus as the tested program does.
[UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every type of ours is kept whole (TrimmerRootAssembly).")]
public static class Yaml
{
    public static readonly IDeserializer Reader = NewReader();

    static IDeserializer NewReader()
    {
        RememberingTypeInspector? inspector = null;
        return new DeserializerBuilder()
            .WithNamingConvention(SnakeCase.Instance)
            .WithEnumNamingConvention(LowerCase.Instance)
            .WithTypeInspector(inner => inspector = new RememberingTypeInspector(inner))
            .WithNodeDeserializer(inner => new DirectNodeDeserializer(inner, () => inspector!),
                where => where.InsteadOf<YamlDotNet.Serialization.NodeDeserializers.ObjectNodeDeserializer>())
            .WithNodeDeserializer(new TextsByKey(), where => where.OnTop())
            .WithNodeDeserializer(new TextList(), where => where.OnTop())
            .Build();
    }

    /// <summary>Only the importer and the scaffold write YAML: a build does not pay for making the writer.</summary>
    public static ISerializer Writer => writer.Value;

    static readonly Lazy<ISerializer> writer = new(() => new SerializerBuilder()
        .WithNamingConvention(SnakeCase.Instance)
        .WithEnumNamingConvention(LowerCase.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .DisableAliases()
        .Build());

    /// <summary>
    /// Reads <paramref name="yaml"/> as <typeparamref name="T"/>; a YAML error becomes a <see cref="SiteError"/> that
    /// names the file and the line in the file (the YAML block starts at <paramref name="firstLine"/>).
    /// </summary>
    public static T Read<T>(string yaml, string file, int firstLine = 1)
    {
        try
        {
            return Reader.Deserialize<T>(UniqueKeys.Parser(yaml)) ?? throw new SiteError(file, firstLine, "the YAML is empty", "Fill in the fields the file needs.");
        }
        catch (YamlException e) when ((e as UnwritableCharacterException ?? e.InnerException as UnwritableCharacterException) is { } unwritable)
        {
            throw new SiteError(file, firstLine + (int)unwritable.Start.Line - 1, unwritable.Problem, UnwritableCharacterException.Fix);
        }
        catch (YamlException e) when ((e as DuplicateKeyException ?? e.InnerException as DuplicateKeyException) is { } twice)
        {
            throw new SiteError(file, firstLine + twice.Line - 1, twice.Problem(firstLine), twice.Fix(firstLine));
        }
        catch (YamlException e)
        {
            var line = firstLine + (int)Math.Max(0, e.Start.Line - 1);
            var what = e.InnerException?.Message ?? e.Message;
            // YamlDotNet says "Property 'x' not found on type ..." for an unknown key: make that plain.
            if (what.Contains("not found on type", StringComparison.Ordinal))
            {
                var key = what.Split('\'').ElementAtOrDefault(1) ?? "?";
                throw new SiteError(file, line, $"unknown field '{key}'", "Check the spelling of the field name, or remove it.");
            }
            var field = FieldAt(yaml, (int)Math.Max(0, e.Start.Line - 1), (int)e.Start.Column);
            if (field is not null && ChoicesOf(typeof(T), field) is { } choices)
                throw new SiteError(file, line, $"'{field}' should be one of: {string.Join(", ", choices)}", $"Write one of them after the colon, e.g. '{field}: {choices[0]}'.");
            if (WrongKind(what) is var (kind, fix))
                throw new SiteError(file, line, field is null ? $"this value should be {kind}" : $"'{field}' should be {kind}", fix);
            if (CommonSlip(yaml, (int)Math.Max(0, e.Start.Line - 1)) is var (at, problem, slipFix))
                throw new SiteError(file, firstLine + at, problem, slipFix);
            // YamlDotNet's own words are for programmers; some are not even about the file ("Operation is not valid
            // due to the current state of the object").
            throw new SiteError(file, line, what.Contains("current state of the object", StringComparison.Ordinal) ? "the YAML cannot be read from this line on" : "the YAML cannot be read: " + FirstSentence(what),
                "Check the indentation and quoting on that line; text that contains ':' or starts with a quote needs to be put in quotes.");
        }
    }

    /// <summary>
    /// YamlDotNet's parser, refusing a key given twice in one mapping. YAML says keys are unique, but YamlDotNet's
    /// deserializer lets the last one win ("status: draft" then "status: reviewed" publishes "reviewed"), and its
    /// WithDuplicateKeyChecking() names only the second line and lives in the object deserializer that ours replaces.
    /// Checked here, on the stream of events, it holds for every reader alike: typed files and the glossary's nodes.
    /// </summary>
    public sealed class UniqueKeys(IParser inner) : IParser
    {
        public static IParser Parser(string yaml) => new UniqueKeys(new Parser(new StringReader(yaml)));

        /// <summary>One per open mapping or list: the keys so far with their lines (null in a list), and whether the next node is a key.</summary>
        sealed class Open(Dictionary<string, int>? keys) { public readonly Dictionary<string, int>? Keys = keys; public bool KeyNext = true; }

        readonly Stack<Open> open = new();

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                case YamlDotNet.Core.Events.Scalar scalar:
                    // The file's own bytes are checked for them (FrontMatterFile); a quoted value can still write one
                    // as an escape ("\x01", "\u0001"), which XML refuses when the feeds are written.
                    if (Text.Unshowable.IndexIn(scalar.Value) is var at and >= 0) throw new UnwritableCharacterException(scalar, scalar.Value[at]);
                    if (open.TryPeek(out var map) && map.Keys is { } keys && map.KeyNext && !keys.TryAdd(scalar.Value, (int)scalar.Start.Line))
                        throw new DuplicateKeyException(scalar, keys[scalar.Value]);
                    Done();
                    break;
                case YamlDotNet.Core.Events.AnchorAlias: Done(); break;
                case YamlDotNet.Core.Events.MappingStart start: Deeper(start); open.Push(new Open(new(StringComparer.Ordinal))); break;
                case YamlDotNet.Core.Events.SequenceStart start: Deeper(start); open.Push(new Open(null)); break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd: open.Pop(); Done(); break;
            }
            return true;
        }

        /// <summary>
        /// The project's files nest four levels at most (the glossary: terms, an entry, its renderings). YamlDotNet's
        /// scanner spends time on every token in proportion to the depth, and its node reader (the glossary's) calls
        /// itself for each level: a file nested 50,000 deep, a few hundred kilobytes of brackets, held check for 24 s,
        /// and one deeper would end the process with a stack overflow. Refused at the level past the limit, before the
        /// scanner has read further.
        /// </summary>
        void Deeper(YamlDotNet.Core.Events.NodeEvent start)
        {
            if (open.Count >= MaxDepth) throw new NestedTooDeepException(start);
        }

        /// <summary>A node ended: in a mapping, a key is followed by its value and a value by the next key.</summary>
        void Done()
        {
            if (open.TryPeek(out var parent)) parent.KeyNext = !parent.KeyNext;
        }
    }

    /// <summary>How many lists and mappings YAML may open one inside another (see UniqueKeys).</summary>
    public const int MaxDepth = 32;

    /// <summary>YAML nested deeper than <see cref="MaxDepth"/>; lines from 1 in the YAML read.</summary>
    public sealed class NestedTooDeepException(YamlDotNet.Core.Events.NodeEvent start)
        : YamlException(start.Start, start.End, Nested)
    {
        static readonly string Nested = $"lists and mappings are nested more than {MaxDepth} levels deep";
        public string Problem => Nested;
        public int Line { get; } = (int)start.Start.Line;
        public const string Fix = "Check the brackets ([ ], { }) and the indentation from that line on: the project's files nest a few levels at most.";
    }

    /// <summary>A value that holds a character no page can show (see UniqueKeys); lines from 1 in the YAML read.</summary>
    public sealed class UnwritableCharacterException(YamlDotNet.Core.Events.Scalar scalar, char c)
        : YamlException(scalar.Start, scalar.End, $"the value holds U+{(int)c:X4}, an invisible character no page can show")
    {
        public string Problem => $"the value holds U+{(int)c:X4}, an invisible character no page, feed or book can show (written in the quotes as an escape such as {(c < 0x100 ? $"\\x{(int)c:X2} or " : "")}\\u{(int)c:X4})";
        public const string Fix = "Delete the escape from the quoted text; if a special character was meant, type the character itself.";
    }

    /// <summary>A key given twice in one mapping; lines from 1 in the YAML read.</summary>
    public sealed class DuplicateKeyException(YamlDotNet.Core.Events.Scalar second, int firstLine)
        : YamlException(second.Start, second.End, $"'{second.Value}' is given twice, on lines {firstLine} and {second.Start.Line}")
    {
        public string Key { get; } = second.Value;
        public int FirstLine { get; } = firstLine;
        public int Line { get; } = (int)second.Start.Line;

        /// <summary>The problem, with the lines in the file whose YAML starts at <paramref name="at"/>.</summary>
        public string Problem(int at = 1) => $"'{Key}' is given twice, on lines {FirstLine + at - 1} and {Line + at - 1}; only one can count";
        public string Fix(int at = 1) => $"Keep the right '{Key}' and delete the other line ({FirstLine + at - 1} or {Line + at - 1}).";
    }

    /// <summary>
    /// A value YamlDotNet could not turn into the field's type: it names the .NET type ("... into type System.String,
    /// System.Private.CoreLib, Version=...", "Invalid cast from 'System.String' to 'System.Collections.Generic.List`1[[...",
    /// "The input string 'three' was not in a correct format"). Volunteers know fields, not types: say what the field
    /// takes and how to write it. Null for anything else.
    /// </summary>
    /// <summary>The values a field of <paramref name="type"/> named <paramref name="field"/> (as written in YAML) may take, when it
    /// is a choice (an enum): "status: reviewd" is then told the choices, not how YamlDotNet failed to parse it.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Every type of ours is kept whole (TrimmerRootAssembly).")]
    static string[]? ChoicesOf(Type type, string field)
    {
        foreach (var p in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            if (SnakeCase.Instance.Apply(p.Name) == field && (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) is { IsEnum: true } choice)
                return [.. Enum.GetNames(choice).Select(n => LowerCase.Instance.Apply(n))];
        return null;
    }

    internal static (string Kind, string Fix)? WrongKind(string what)
    {
        if (what.StartsWith("The input string", StringComparison.Ordinal)) return Number;
        var m = System.Text.RegularExpressions.Regex.Match(what, @"(?:into type |instance of type '|' to ')(?<type>[\w.`]+)");
        return !m.Success ? null : m.Groups["type"].Value switch
        {
            "System.String" => ("text", "Write one value after the colon, in quotes if it contains ':' or starts with '[', '{' or a quote."),
            "System.Int32" or "System.Int64" => Number,
            "System.Boolean" => ("true or false", "Write true or false."),
            var t when t.StartsWith("System.Collections.Generic.", StringComparison.Ordinal) => ("a list", "Write the items in brackets, such as [first, second], or each on a line of its own that starts with '- '."),
            _ => null,
        };
    }

    static readonly (string, string) Number = ("a number", "Write the number in digits 0-9, such as 3.");

    /// <summary>
    /// The field whose value starts at <paramref name="line"/> (from 0), <paramref name="column"/> (from 1): the key on
    /// that line when the value follows its colon ("order: [3]"), else the key the block belongs to: the nearest line
    /// above indented less ("author:" above "  name: x"), or as much when the block is a list ("author:" above "- a").
    /// </summary>
    static string? FieldAt(string yaml, int line, int column)
    {
        var lines = yaml.Split('\n');
        if (line >= lines.Length) return null;
        static int Indent(string l) => l.Length - l.TrimStart(' ').Length;
        static string? Key(string l)
        {
            var t = l.Trim();
            var colon = t.IndexOf(':');
            return colon > 0 && t[..colon].All(c => char.IsAsciiLetterLower(c) || c == '_') ? t[..colon] : null;
        }
        var here = lines[line];
        if (Key(here) is { } key && column > here.IndexOf(':') + 1) return key;
        var indent = Indent(here);
        var list = here.TrimStart(' ').StartsWith('-');
        for (var i = line - 1; i >= 0; i--)
            if (Key(lines[i]) is { } above && (Indent(lines[i]) < indent || list && Indent(lines[i]) == indent)) return above;
        return null;
    }

    /// <summary>
    /// The slips a hand edit makes most, which YamlDotNet reports in its own terms and often lines later: a line
    /// indented with a tab, a no-break space for a space, a value's quote or a list's '[' left open. The first above <paramref name="errorLine"/> or at most one past it
    /// (from 0): its line (from 0), the problem and the fix. Quotes and brackets inside a quoted value are skipped.
    /// </summary>
    internal static (int Line, string Problem, string Fix)? CommonSlip(string yaml, int errorLine)
    {
        var lines = yaml.Split('\n');
        // A tab is reported on the line before it, as the end of the value above.
        for (var i = 0; i <= errorLine + 1 && i < lines.Length; i++)
        {
            var l = lines[i].TrimEnd('\r');
            var indent = l.Length - l.TrimStart(' ', '\t').Length;
            if (l.AsSpan(0, indent).Contains('\t') && indent < l.Length)
                return (i, "this line is indented with a tab, which YAML does not allow", "Indent with spaces instead, or delete the tab if the line should not be indented.");
            // A no-break space (some keyboards and editors type it) after the key's colon or in the indent: YAML
            // takes it for part of the key.
            var nbsp = l.IndexOf('\u00A0');
            if (nbsp >= 0 && (l[..nbsp].Trim(' ', '-').Length == 0 || l[..nbsp].EndsWith(':') && !l[..nbsp].Contains(' ')))
                return (i, "a no-break space (U+00A0) stands where YAML needs an ordinary space" + (l[..nbsp].EndsWith(':') ? $" after '{l[..nbsp].Trim()}'" : ", in the indent"),
                    "Delete that space and type an ordinary one.");
            var colon = l.IndexOf(": ", StringComparison.Ordinal);
            var value = (colon >= 0 ? l[(colon + 2)..] : l.TrimStart(' ', '-')).Trim();
            if (value.Length == 0 || value[0] is not ('"' or '\'' or '[')) continue;
            if (value[0] == '[' && Unclosed(value) is { } open)
                return open == '['
                    ? (i, "the list opened with '[' on this line is not closed", "Add ']' at the end of the list, e.g. 'translators: [Sara K., Reza M.]'.")
                    : (i, $"a quote ({open}) in the list on this line is not closed", $"Add the closing {open} after the name, or remove the opening one.");
            if (value[0] != '[' && Unclosed(value) is { } quote)
                return (i, $"the quote ({quote}) that opens the value on this line is not closed", $"Add {quote} at the end of the value, or remove the opening one.");
        }
        return null;

        // What is still open at the end of the value: a quote, a '[', or null when all is closed.
        static char? Unclosed(string v)
        {
            char? quote = null;
            var depth = 0;
            for (var k = 0; k < v.Length; k++)
            {
                var c = v[k];
                if (quote == '"' && c == '\\') { k++; continue; }
                if (quote is { } q)
                {
                    // In single quotes, '' is one quote.
                    if (c == q && !(q == '\'' && k + 1 < v.Length && v[k + 1] == '\'')) quote = null;
                    else if (c == q) k++;
                    continue;
                }
                if (c is '"' or '\'' && (k == 0 || v[k - 1] is ' ' or '[' or ',')) quote = c;
                else if (c == '[') depth++;
                else if (c == ']') depth--;
                else if (c == '#' && k > 0 && v[k - 1] == ' ') break;
            }
            return quote ?? (depth > 0 ? '[' : null);
        }
    }

    private static string FirstSentence(string s)
    {
        var i = s.IndexOf(". ", StringComparison.Ordinal);
        return (i > 0 ? s[..i] : s).Trim().TrimEnd('.');
    }

    /// <summary>
    /// Field names: FirstLine is first_line. YamlDotNet's UnderscoredNamingConvention gives the same names for our
    /// properties (a test holds this) but goes through regular expressions: building the first one weighed on a small
    /// build's start, and enum names are converted again for every value read.
    /// </summary>
    internal sealed class SnakeCase : INamingConvention
    {
        public static readonly SnakeCase Instance = new();

        public string Apply(string value)
        {
            var b = new System.Text.StringBuilder(value.Length + 4);
            for (var i = 0; i < value.Length; i++)
            {
                if (i > 0 && char.IsUpper(value[i])) b.Append('_');
                b.Append(char.ToLowerInvariant(value[i]));
            }
            return b.ToString();
        }

        public string Reverse(string value)
        {
            var b = new System.Text.StringBuilder(value.Length);
            var upper = true;
            foreach (var c in value)
            {
                if (c == '_') { upper = true; continue; }
                b.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            return b.ToString();
        }
    }

    /// <summary>Enum values: AuthorKind.Person is person (as YamlDotNet's LowerCaseNamingConvention, without its regular expressions).</summary>
    internal sealed class LowerCase : INamingConvention
    {
        public static readonly LowerCase Instance = new();
        public string Apply(string value) => value.ToLowerInvariant();
        public string Reverse(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];
    }

    /// <summary>
    /// YamlDotNet looks up a property's name (through the naming convention) and its attributes by reflection for
    /// every value it reads; with thousands of files that was most of the time spent reading front-matter. This
    /// outermost inspector remembers both, per type. A name it does not know goes to YamlDotNet, which reports it.
    /// </summary>
    sealed class RememberingTypeInspector(ITypeInspector inner) : ITypeInspector
    {
        readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Dictionary<string, IPropertyDescriptor>> byType = new();

        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Every type of ours is kept whole (TrimmerRootAssembly).")]
        Dictionary<string, IPropertyDescriptor> Of(Type type, object? container) => byType.GetOrAdd(type, _ =>
        {
            var properties = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance);
            return inner.GetProperties(type, container).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => (IPropertyDescriptor)new RememberingDescriptor(g.First(),
                properties.FirstOrDefault(p => SnakeCase.Instance.Apply(p.Name) == g.Key && p.PropertyType == g.First().Type)));
        });

        public IEnumerable<IPropertyDescriptor> GetProperties(Type type, object? container) => Of(type, container).Values;

        public IPropertyDescriptor GetProperty(Type type, object? container, string name, bool ignoreUnmatched, bool caseInsensitivePropertyMatching) =>
            !caseInsensitivePropertyMatching && Of(type, container).TryGetValue(name, out var p) ? p
                : inner.GetProperty(type, container, name, ignoreUnmatched, caseInsensitivePropertyMatching);

        public string GetEnumName(Type enumType, string name) => inner.GetEnumName(enumType, name);
        public string GetEnumValue(object enumValue) => inner.GetEnumValue(enumValue);
        public bool HasParseMethod(Type type) => inner.HasParseMethod(type);
        public object? Parse(string value, Type type) => inner.Parse(value, type);
    }

    /// <summary>
    /// YamlDotNet sets each value through PropertyInfo.SetValue; without emitted code (see Site.csproj) that is an
    /// interpreted call of some microseconds, and most of the time spent reading front-matter. A delegate bound to the
    /// property's setter does the same directly.
    /// </summary>
    sealed class RememberingDescriptor(IPropertyDescriptor inner, System.Reflection.PropertyInfo? property) : IPropertyDescriptor
    {
        readonly Type? converterType = inner.ConverterType;
        readonly Action<object, object?>? set = property is { SetMethod: { IsStatic: false } setter, DeclaringType.IsValueType: false }
            ? Setter.For(property.DeclaringType, property.PropertyType, setter) : null;
        readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Attribute?> attributes = new();

        public string Name => inner.Name;
        public bool AllowNulls => inner.AllowNulls;
        public bool CanWrite => inner.CanWrite;
        public Type Type => inner.Type;
        public Type? TypeOverride { get => inner.TypeOverride; set => inner.TypeOverride = value; }
        public int Order { get => inner.Order; set => inner.Order = value; }
        public YamlDotNet.Core.ScalarStyle ScalarStyle { get => inner.ScalarStyle; set => inner.ScalarStyle = value; }
        public bool Required => inner.Required;
        public Type? ConverterType => converterType;
        public T? GetCustomAttribute<T>() where T : Attribute => (T?)attributes.GetOrAdd(typeof(T), _ => inner.GetCustomAttribute<T>());
        public IObjectDescriptor Read(object target) => inner.Read(target);
        public void Write(object target, object? value)
        {
            if (set is not null) set(target, value);
            else inner.Write(target, value);
        }
    }

    /// <summary>
    /// Text by key (a topic's labels by language). YamlDotNet's dictionary reader is made with MakeGenericType, which
    /// the ahead-of-time compiled program cannot do, so it reported "should be a list" where the JIT read the map.
    /// </summary>
    sealed class TextsByKey : INodeDeserializer
    {
        public bool Deserialize(IParser parser, Type expectedType, Func<IParser, Type, object?> nested, out object? value, ObjectDeserializer root)
        {
            value = null;
            if (expectedType != typeof(Dictionary<string, string>) || !parser.TryConsume<YamlDotNet.Core.Events.MappingStart>(out _)) return false;
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            while (!parser.TryConsume<YamlDotNet.Core.Events.MappingEnd>(out _))
            {
                var key = parser.Consume<YamlDotNet.Core.Events.Scalar>();
                map[key.Value] = nested(parser, typeof(string)) as string ?? "";
            }
            value = map;
            return true;
        }
    }

    /// <summary>
    /// A list of text (topics, translators, a translation's hashes), ahead of YamlDotNet's collection reader, which
    /// converts each item to the list's type through the same DBNull question (see DirectNodeDeserializer). Anything
    /// but a list is left to YamlDotNet, which reports it as before.
    /// </summary>
    sealed class TextList : INodeDeserializer
    {
        public bool Deserialize(IParser parser, Type expectedType, Func<IParser, Type, object?> nested, out object? value, ObjectDeserializer root)
        {
            value = null;
            if (expectedType != typeof(List<string>) || !parser.TryConsume<YamlDotNet.Core.Events.SequenceStart>(out _)) return false;
            var list = new Texts();
            while (!parser.TryConsume<YamlDotNet.Core.Events.SequenceEnd>(out _))
            {
                var item = nested(parser, typeof(string));
                // Items are read as text, so they are strings (or null, written "~"): nothing to convert.
                list.Add(item as string ?? item?.ToString()!);
            }
            value = list;
            return true;
        }

        /// <summary>
        /// The list handed back. YamlDotNet converts every node's value to its field's type, and that conversion also
        /// asks the DBNull question of it; the full name of List&lt;string&gt; names its type argument's assembly, whose key
        /// token the ahead-of-time compiled program computes anew (a SHA-1) each time. A type of our own, not generic, has
        /// a plain name: reading the 10,000-document corpus's lists cost some 1.5% of a build's processor time.
        /// </summary>
        sealed class Texts : List<string>;
    }

    /// <summary>
    /// YamlDotNet's object deserializer, for our records, without the type conversion of values
    /// that already have the property's type. That conversion starts by asking whether the value is DBNull, comparing
    /// the full name of the value's type, which the ahead-of-time compiled program builds as a new string each time,
    /// for every field. Other types go to YamlDotNet's deserializer;
    /// values that do need converting (an enum's name, say) go through YamlDotNet's converter, and errors are raised
    /// as YamlDotNet raises them.
    /// </summary>
    sealed class DirectNodeDeserializer(INodeDeserializer objects, Func<ITypeInspector> inspector) : INodeDeserializer
    {
        [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Only types of ours are made here, and they are kept whole (TrimmerRootAssembly).")]
        public bool Deserialize(IParser parser, Type expectedType, Func<IParser, Type, object?> nested, out object? value, ObjectDeserializer root)
        {
            if (expectedType.Namespace?.StartsWith(nameof(Site), StringComparison.Ordinal) != true || !expectedType.IsClass)
                return objects.Deserialize(parser, expectedType, nested, out value, root);
            if (!parser.TryConsume<YamlDotNet.Core.Events.MappingStart>(out _)) { value = null; return false; }

            var target = Activator.CreateInstance(expectedType)!;
            while (!parser.TryConsume<YamlDotNet.Core.Events.MappingEnd>(out _))
            {
                var key = parser.Consume<YamlDotNet.Core.Events.Scalar>();
                try
                {
                    var property = inspector().GetProperty(expectedType, null, key.Value, false, false);
                    var v = nested(parser, property.Type);
                    if (v is IValuePromise promise) promise.ValueAvailable += later => property.Write(target, Converted(later, property.Type));
                    else property.Write(target, Converted(v, property.Type));
                }
                catch (System.Runtime.Serialization.SerializationException e) { throw new YamlException(key.Start, key.End, e.Message); }
                catch (YamlException) { throw; }
                catch (Exception e) { throw new YamlException(key.Start, key.End, "Exception during deserialization", e); }
            }
            value = target;
            return true;
        }

        object? Converted(object? v, Type type) =>
            v is null || type.IsInstanceOfType(v) ? v : YamlDotNet.Serialization.Utilities.TypeConverter.ChangeType(v, type, LowerCase.Instance, inspector());
    }

    static class Setter
    {
        static readonly System.Reflection.MethodInfo make = typeof(Setter).GetMethod(nameof(Make), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

        /// <summary>
        /// Null where the ahead-of-time compiled program has no code for this instantiation (value types); YamlDotNet's
        /// own reflection then sets the value, which is precompiled there and as fast.
        /// </summary>
        [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Make is kept: it is referenced above.")]
        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "A missing instantiation throws NotSupportedException, handled.")]
        public static Action<object, object?>? For(Type owner, Type value, System.Reflection.MethodInfo setter)
        {
            try { return (Action<object, object?>)make.MakeGenericMethod(owner, value).Invoke(null, [setter])!; }
            catch (NotSupportedException) { return null; }
        }

        static Action<object, object?> Make<TOwner, TValue>(System.Reflection.MethodInfo setter) where TOwner : class
        {
            var set = setter.CreateDelegate<Action<TOwner, TValue>>();
            return (target, value) => set((TOwner)target, value is null ? default! : (TValue)value);
        }
    }
}
