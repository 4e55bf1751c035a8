// TEMPORARY: keeps the scrapers library non-empty until its first source lands; delete then.
namespace scrapers { int placeholder_anchor = 0; }
