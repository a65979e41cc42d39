using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace PipWatch.Notifications.Templates;

/// <summary>Serves the catalog's files to Liquid's <c>render</c> and <c>include</c> tags, overrides included.</summary>
internal sealed class CatalogFileProvider(IReadOnlyDictionary<string, TemplateFile> files) : IFileProvider
{
    // Fluid caches parsed partials by path and modification time; the catalog never changes after loading.
    private static readonly DateTimeOffset Loaded = DateTimeOffset.UnixEpoch;

    public IFileInfo GetFileInfo(string subpath) =>
        files.TryGetValue(subpath.TrimStart('/'), out var file)
            ? new CatalogFileInfo(file)
            : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class CatalogFileInfo(TemplateFile file) : IFileInfo
    {
        private readonly byte[] _content = System.Text.Encoding.UTF8.GetBytes(file.Source);

        public bool Exists => true;

        public long Length => _content.Length;

        public string? PhysicalPath => file.OverridePath;

        public string Name => file.Name;

        public DateTimeOffset LastModified => Loaded;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_content, writable: false);
    }
}
