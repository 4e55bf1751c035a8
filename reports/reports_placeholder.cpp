// TEMPORARY: keeps the reports library non-empty until its first source lands; delete then.
namespace reports { int placeholder_anchor = 0; }
