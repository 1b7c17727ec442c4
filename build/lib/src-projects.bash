# Sourced by build/pack.sh and build/smoke/package.sh (not run on its own).
# write_src_filter: writes artifacts/obj/src.slnf, a solution filter holding every project under src/, and prints
# its path, so that one dotnet build/pack invocation handles them all (one evaluation, parallel build).
write_src_filter() {
  local filter="artifacts/obj/src.slnf" first=1 project
  mkdir -p artifacts/obj
  {
    echo '{'
    echo '  "solution": {'
    echo '    "path": "../../MemberCards.Sdk.sln",'
    echo '    "projects": ['
    for project in src/*/*.csproj; do
      [ "$first" -eq 1 ] || echo ','
      first=0
      printf '      "%s"' "${project//\//\\\\}"
    done
    echo
    echo '    ]'
    echo '  }'
    echo '}'
  } > "$filter"
  echo "$filter"
}
