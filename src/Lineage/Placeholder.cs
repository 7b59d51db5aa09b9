namespace Lineage; internal static class Placeholder {}
