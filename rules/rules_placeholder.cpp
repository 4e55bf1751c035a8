// TEMPORARY: keeps the rules library non-empty until its first source lands; delete then.
namespace rules { int placeholder_anchor = 0; }
