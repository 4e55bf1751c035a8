// TEMPORARY: keeps the catalog library non-empty until its first source lands; delete then.
namespace catalog { int placeholder_anchor = 0; }
