// TEMPORARY: keeps the probe library non-empty until its first source lands; delete then.
namespace probe { int placeholder_anchor = 0; }
