using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SharpStack.Data;

/// <summary>All times are stored and read as UTC, whatever the provider hands back.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
