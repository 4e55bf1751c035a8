// TEMPORARY: keeps the extract library non-empty until its first source lands; delete then.
namespace extract { int placeholder_anchor = 0; }
